import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { createTestDb } from "@/lib/server/testing/test-db";
import { addressLimit, claimLoginSlot, clearLoginSlots, emailLimit, releaseLoginSlot, type Claim } from "./rate-limit";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
/** null for a claimed slot, else the seconds to wait: the two outcomes the tests compare. */
const wait = (claim: Claim) => ("retryAfter" in claim ? claim.retryAfter : null);
const claim = async (email: string, seconds: number) => wait(await claimLoginSlot(db, emailLimit(email), at(seconds)));

describe("login rate limit", () => {
  it("locks an email after five attempts until the oldest of them is 15 minutes old", async () => {
    for (const second of [0, 60, 120, 180, 240]) expect(await claim("a@example.com", second)).toBeNull();
    expect(await claim("a@example.com", 300)).toBe(900 - 300);
    expect(await claim("a@example.com", 899)).toBe(1);
    // The refused attempts were not counted: the first failure leaving the window frees a slot.
    expect(await claim("a@example.com", 900)).toBeNull();
    expect(await claim("a@example.com", 901)).toBe(60 - 1);
  });

  it("does not affect other emails, and a success clears the count", async () => {
    for (let i = 0; i < 5; i++) await claim("b@example.com", i);
    expect(await claim("b@example.com", 10)).toBe(890);
    expect(await claim("c@example.com", 10)).toBeNull();
    await clearLoginSlots(db, emailLimit("b@example.com"));
    expect(await claim("b@example.com", 10)).toBeNull();
  });

  it("forgets failures that left the window", async () => {
    for (let i = 0; i < 4; i++) await claim("d@example.com", i);
    expect(await claim("d@example.com", 1000)).toBeNull();
    expect(await db.loginAttempt.count({ where: { key: "email:d@example.com" } })).toBe(1);
  });

  it("lets exactly five of ten concurrent attempts through", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => claim("e@example.com", 0)));
    expect(results.filter((result) => result === null)).toHaveLength(5);
    expect(results.filter((result) => result === 900)).toHaveLength(5);
    expect(await db.loginAttempt.count({ where: { key: "email:e@example.com" } })).toBe(5);
  });

  it("counts an address apart from the emails, up to its own maximum, and gives a released slot back", async () => {
    const address = addressLimit("203.0.113.7", 3);
    const claims = [];
    for (let i = 0; i < 3; i++) claims.push(await claimLoginSlot(db, address, at(i)));
    expect(claims.map(wait)).toEqual([null, null, null]);
    expect(wait(await claimLoginSlot(db, address, at(10)))).toBe(890);
    // The same address string as an email is another key.
    expect(await claim("203.0.113.7", 10)).toBeNull();
    const first = claims[0]!;
    if ("slot" in first) await releaseLoginSlot(db, address, first.slot);
    expect(wait(await claimLoginSlot(db, address, at(11)))).toBeNull();
    // The oldest failure held is now the one from second 1.
    expect(wait(await claimLoginSlot(db, address, at(12)))).toBe(900 + 1 - 12);
  });

  it("lets exactly the maximum of many concurrent attempts from one address through", async () => {
    const address = addressLimit("2001:db8:1:2::/64", 20);
    const results = await Promise.all(Array.from({ length: 30 }, () => claimLoginSlot(db, address, at(0))));
    expect(results.filter((result) => "slot" in result)).toHaveLength(20);
    expect(await db.loginAttempt.count({ where: { key: address.key } })).toBe(20);
  });
});
