import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { createTestDb } from "@/lib/server/testing/test-db";
import { clearFailedLogins, loginRetryAfter, recordFailedLogin } from "./rate-limit";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("login rate limit", () => {
  it("locks an email after five failures until the oldest of them is 15 minutes old", async () => {
    for (const second of [0, 60, 120, 180]) await recordFailedLogin(db, "a@example.com", at(second));
    expect(await loginRetryAfter(db, "a@example.com", at(200))).toBeNull();
    await recordFailedLogin(db, "a@example.com", at(240));
    expect(await loginRetryAfter(db, "a@example.com", at(300))).toBe(900 - 300);
    expect(await loginRetryAfter(db, "a@example.com", at(899))).toBe(1);
    expect(await loginRetryAfter(db, "a@example.com", at(900))).toBeNull();
  });

  it("does not affect other emails, and a success clears the count", async () => {
    for (let i = 0; i < 5; i++) await recordFailedLogin(db, "b@example.com", at(i));
    expect(await loginRetryAfter(db, "b@example.com", at(10))).toBe(890);
    expect(await loginRetryAfter(db, "c@example.com", at(10))).toBeNull();
    await clearFailedLogins(db, "b@example.com");
    expect(await loginRetryAfter(db, "b@example.com", at(10))).toBeNull();
  });

  it("forgets failures that left the window", async () => {
    for (let i = 0; i < 4; i++) await recordFailedLogin(db, "d@example.com", at(i));
    await recordFailedLogin(db, "d@example.com", at(1000));
    expect(await loginRetryAfter(db, "d@example.com", at(1001))).toBeNull();
    expect(await db.loginAttempt.count({ where: { email: "d@example.com" } })).toBe(1);
  });
});
