import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { createTestDb } from "@/lib/server/testing/test-db";
import { claimLoginAttempt, clearFailedLogins } from "./rate-limit";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe("login rate limit", () => {
  it("locks an email after five attempts until the oldest of them is 15 minutes old", async () => {
    for (const second of [0, 60, 120, 180, 240]) expect(await claimLoginAttempt(db, "a@example.com", at(second))).toBeNull();
    expect(await claimLoginAttempt(db, "a@example.com", at(300))).toBe(900 - 300);
    expect(await claimLoginAttempt(db, "a@example.com", at(899))).toBe(1);
    // The refused attempts were not counted: the first failure leaving the window frees a slot.
    expect(await claimLoginAttempt(db, "a@example.com", at(900))).toBeNull();
    expect(await claimLoginAttempt(db, "a@example.com", at(901))).toBe(60 - 1);
  });

  it("does not affect other emails, and a success clears the count", async () => {
    for (let i = 0; i < 5; i++) await claimLoginAttempt(db, "b@example.com", at(i));
    expect(await claimLoginAttempt(db, "b@example.com", at(10))).toBe(890);
    expect(await claimLoginAttempt(db, "c@example.com", at(10))).toBeNull();
    await clearFailedLogins(db, "b@example.com");
    expect(await claimLoginAttempt(db, "b@example.com", at(10))).toBeNull();
  });

  it("forgets failures that left the window", async () => {
    for (let i = 0; i < 4; i++) await claimLoginAttempt(db, "d@example.com", at(i));
    expect(await claimLoginAttempt(db, "d@example.com", at(1000))).toBeNull();
    expect(await db.loginAttempt.count({ where: { email: "d@example.com" } })).toBe(1);
  });

  it("lets exactly five of ten concurrent attempts through", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => claimLoginAttempt(db, "e@example.com", at(0))));
    expect(results.filter((result) => result === null)).toHaveLength(5);
    expect(results.filter((result) => result === 900)).toHaveLength(5);
    expect(await db.loginAttempt.count({ where: { email: "e@example.com" } })).toBe(5);
  });
});
