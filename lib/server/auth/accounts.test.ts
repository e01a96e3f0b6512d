import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http";
import { createTestDb } from "@/lib/server/testing/test-db";
import { login, register } from "./accounts";
import type { AuthContext } from "./refresh-token";
import { testConfig } from "./test-config";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const ctx = (): AuthContext => ({ db, config: testConfig, now: new Date("2026-05-01T08:00:00Z") });

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

describe("accounts under concurrency", () => {
  it("lets one of two simultaneous registrations of an email win; the other is email_taken", async () => {
    const input = { email: "twice@example.com", password: "correct horse battery" };
    const results = await Promise.all([outcome(register(input, null, ctx())), outcome(register(input, null, ctx()))]);
    expect(results.sort()).toEqual(["email_taken", "ok"]);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("answers ten simultaneous wrong passwords with five invalid_credentials and five rate_limited", async () => {
    await register({ email: "guessed@example.com", password: "the real password" }, null, ctx());
    const results = await Promise.all(
      Array.from({ length: 10 }, () => outcome(login({ email: "guessed@example.com", password: "a wrong guess" }, null, ctx()))),
    );
    expect(results.filter((code) => code === "invalid_credentials")).toHaveLength(5);
    expect(results.filter((code) => code === "rate_limited")).toHaveLength(5);
    expect(await outcome(login({ email: "guessed@example.com", password: "the real password" }, null, ctx()))).toBe(
      "rate_limited",
    );
  });
});
