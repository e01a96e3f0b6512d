// How many statements the two hottest auth requests send to the database. Each one is a
// round trip and, through Prisma, a query compilation on the server's one JavaScript
// thread: a refresh is bound by them (bench/results.md), so one more is a regression
// even while every behaviour test still passes. Runs on SQLite and, in
// `npm run test:postgres`, on PostgreSQL: both must send the same statements.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { recordStatements, type StatementLog } from "@/lib/server/testing/statement-log";
import { createTestDb } from "@/lib/server/testing/test-db";
import { addressKey } from "@/lib/server/addressing";
import { login, register } from "./accounts";
import { rotateRefreshToken, startSession, type AuthContext } from "./refresh-token";
import { testConfig } from "./test-config";

let db: Db;
let log: StatementLog;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ db, cleanup } = await createTestDb({
    wrapAdapter: (factory) => {
      const recorded = recordStatements(factory);
      log = recorded.log;
      return recorded.factory;
    },
  }));
});
afterAll(() => cleanup());

const t0 = new Date("2026-06-01T10:00:00Z");
const ctx = (seconds: number): AuthContext => ({ db, config: testConfig, now: new Date(t0.getTime() + seconds * 1000) });

describe("statements per request", () => {
  it("refresh: one transaction of three statements", async () => {
    const user = await db.user.create({ data: { email: "trips-refresh@example.com", name: "T", passwordHash: "x", createdAt: t0 } });
    const { refreshToken } = await startSession(user.id, null, ctx(0));
    log.take();
    await rotateRefreshToken(refreshToken, ctx(1));
    expect(log.take()).toEqual([
      "BEGIN",
      "UPDATE", // the family, found by the presented token, only while both are live: lastUsedAt
      "UPDATE", // the claim: usedAt, only while unspent
      "INSERT", // the successor
      "COMMIT",
    ]);
  });

  it("login, the common case (no failures on record for the email or the address)", async () => {
    const password = "correct horse battery";
    await register({ email: "trips-login@example.com", password }, null, ctx(0));
    log.take();
    await login({ email: "trips-login@example.com", password }, { userAgent: null, address: addressKey("198.51.100.7") }, ctx(1));
    expect(log.take()).toEqual([
      "DELETE", // the email's failures that left the window
      "SELECT", // the email's slots
      "INSERT", // one of them, claimed
      "DELETE", // the same three for the address
      "SELECT",
      "INSERT",
      "SELECT", // the user
      "DELETE", // the email's failures, cleared
      "DELETE", // the address's slot, given back
      "INSERT", // the session
      "INSERT", // its first refresh token
    ]);
  });
});
