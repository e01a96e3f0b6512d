import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { outcomeOf } from "@/lib/server/testing/outcome";
import { createTestDb } from "@/lib/server/testing/test-db";
import { addressKey } from "@/lib/server/addressing";
import { login, register, type LoginClient } from "./accounts";
import type { AuthContext } from "./refresh-token";
import { testConfig } from "./test-config";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const from = (address: string): LoginClient => ({ userAgent: null, address: addressKey(address) });
const addressKeyOf = (address: string) => `address:${addressKey(address)}`;
const ctx = (): AuthContext => ({ db, config: testConfig, now: new Date("2026-05-01T08:00:00Z") });

describe("accounts under concurrency", () => {
  it("lets one of two simultaneous registrations of an email win; the other is email_taken", async () => {
    const input = { email: "twice@example.com", password: "correct horse battery" };
    const results = await Promise.all([outcomeOf(register(input, null, ctx())), outcomeOf(register(input, null, ctx()))]);
    expect(results.sort()).toEqual(["email_taken", "ok"]);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });

  it("answers ten simultaneous wrong passwords with five invalid_credentials and five rate_limited", async () => {
    await register({ email: "guessed@example.com", password: "the real password" }, null, ctx());
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        outcomeOf(login({ email: "guessed@example.com", password: "a wrong guess" }, from("198.51.100.1"), ctx())),
      ),
    );
    expect(results.filter((code) => code === "invalid_credentials")).toHaveLength(5);
    expect(results.filter((code) => code === "rate_limited")).toHaveLength(5);
    expect(await outcomeOf(login({ email: "guessed@example.com", password: "the real password" }, from("198.51.100.1"), ctx()))).toBe(
      "rate_limited",
    );
  });
});

describe("the per-address login limit (8 failures in the test settings)", () => {
  const password = "the real password";
  const attempt = (email: string, address: string, pass = "a wrong guess") => outcomeOf(login({ email, password: pass }, from(address), ctx()));

  it("refuses an address that failed on many emails, and only that address", async () => {
    await register({ email: "stuffed@example.com", password }, null, ctx());
    for (let i = 0; i < 8; i++) expect(await attempt(`victim-${i}@example.com`, "198.51.100.2")).toBe("invalid_credentials");
    // Even the right password, for an email with no failures of its own.
    const refused = login({ email: "stuffed@example.com", password }, from("198.51.100.2"), ctx());
    await expect(refused).rejects.toMatchObject({ code: "rate_limited", details: { limit: "address", retry_after: 900 } });
    expect(await attempt("stuffed@example.com", "198.51.100.3", password)).toBe("ok");
    // The address's 429s took nothing from the emails: each still has its one failure only.
    expect(await db.loginAttempt.count({ where: { key: "email:stuffed@example.com" } })).toBe(0);
    expect(await db.loginAttempt.count({ where: { key: "email:victim-0@example.com" } })).toBe(1);
  });

  it("counts an IPv6 address by its /64", async () => {
    for (let i = 0; i < 8; i++) expect(await attempt(`six-${i}@example.com`, `2001:db8:0:7::${i + 1}`)).toBe("invalid_credentials");
    expect(await attempt("six-9@example.com", "2001:db8:0:7:ffff::1")).toBe("rate_limited");
    expect(await attempt("six-9@example.com", "2001:db8:0:8::1")).toBe("invalid_credentials");
  });

  it("does not let a success reset the address's count, and gives the successful login's slot back", async () => {
    await register({ email: "own@example.com", password }, null, ctx());
    for (let i = 0; i < 7; i++) await attempt(`other-${i}@example.com`, "198.51.100.4");
    expect(await attempt("own@example.com", "198.51.100.4", password)).toBe("ok");
    expect(await attempt("own@example.com", "198.51.100.4", password)).toBe("ok");
    // Seven failures held; the eighth is allowed, the ninth is refused.
    expect(await attempt("other-7@example.com", "198.51.100.4")).toBe("invalid_credentials");
    expect(await attempt("other-8@example.com", "198.51.100.4")).toBe("rate_limited");
  });

  it("does not count a login that its email's limit refused against the address", async () => {
    await register({ email: "locked@example.com", password }, null, ctx());
    for (let i = 0; i < 5; i++) await attempt("locked@example.com", "198.51.100.5");
    for (let i = 0; i < 5; i++) expect(await attempt("locked@example.com", "198.51.100.5")).toBe("rate_limited");
    expect(await db.loginAttempt.count({ where: { key: addressKeyOf("198.51.100.5") } })).toBe(5);
  });

  it("is off with a maximum of 0", async () => {
    const off = { ...ctx(), config: { ...testConfig, loginAddressMaxFailures: 0 } };
    for (let i = 0; i < 12; i++)
      expect(await outcomeOf(login({ email: `free-${i}@example.com`, password: "x" }, from("198.51.100.6"), off))).toBe("invalid_credentials");
  });
});
