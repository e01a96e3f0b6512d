import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { outcomeOf } from "@/lib/server/testing/outcome";
import { createTestDb } from "@/lib/server/testing/test-db";
import { verifyAccessToken } from "./access-token";
import type { AuthConfig } from "./config";
import {
  hashRefreshToken,
  revokeAllSessions,
  revokeSessionById,
  revokeSessionOf,
  rotateRefreshToken,
  startSession,
  type AuthContext,
} from "./refresh-token";
import { listSessions } from "./sessions";
import { testConfig } from "./test-config";

let db: Db;
let cleanup: () => Promise<void>;
let userId: string;

beforeAll(async () => {
  ({ db, cleanup } = await createTestDb());
  const user = await db.user.create({
    data: { email: "rotation@example.com", name: "R", passwordHash: "x", createdAt: new Date() },
  });
  userId = user.id;
});
afterAll(() => cleanup());

const t0 = new Date("2026-03-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const ctx = (seconds: number, config: Partial<AuthConfig> = {}): AuthContext => ({
  db,
  now: at(seconds),
  config: { ...testConfig, ...config },
});

const stored = (token: string) => db.refreshToken.findUniqueOrThrow({ where: { tokenHash: hashRefreshToken(token) } });

describe("refresh-token rotation", () => {
  it("issues a pair at login and stores only the token's hash", async () => {
    const tokens = await startSession(userId, "vitest", ctx(0));
    expect(tokens.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokens).toMatchObject({ expiresIn: 60, refreshExpiresIn: 600 });
    const row = await stored(tokens.refreshToken);
    expect(row.tokenHash).not.toBe(tokens.refreshToken);
    expect(row.tokenHash).toHaveLength(64);
    const claims = await verifyAccessToken(tokens.accessToken, { ...testConfig, now: at(0) });
    expect(claims).toMatchObject({ userId, sessionId: tokens.sessionId });
  });

  it("rotates: the old token is spent, the new one belongs to the same family", async () => {
    const first = await startSession(userId, null, ctx(0));
    const second = await rotateRefreshToken(first.refreshToken, ctx(30));
    expect(second.sessionId).toBe(first.sessionId);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await stored(first.refreshToken)).usedAt).toEqual(at(30));
    const child = await stored(second.refreshToken);
    expect(child.parentId).toBe((await stored(first.refreshToken)).id);
    await expect(rotateRefreshToken(second.refreshToken, ctx(60))).resolves.toMatchObject({ sessionId: first.sessionId });
  });

  it("revokes the whole family, newest token included, when a spent token comes back after the grace window", async () => {
    const first = await startSession(userId, null, ctx(0));
    const second = await rotateRefreshToken(first.refreshToken, ctx(1));
    expect(await outcomeOf(rotateRefreshToken(first.refreshToken, ctx(1 + 10)))).toBe("invalid_grant");
    expect(await outcomeOf(rotateRefreshToken(second.refreshToken, ctx(12)))).toBe("invalid_grant");
    const session = await db.session.findUniqueOrThrow({ where: { id: first.sessionId } });
    expect(session.revokeReason).toBe("reuse_detected");
    expect((await stored(second.refreshToken)).revokedAt).toEqual(at(11));
  });

  it("gives a spent token another pair within the grace window, and keeps its earlier successor valid", async () => {
    const first = await startSession(userId, null, ctx(0));
    const second = await rotateRefreshToken(first.refreshToken, ctx(5));
    const again = await rotateRefreshToken(first.refreshToken, ctx(5 + 9));
    expect(again.sessionId).toBe(first.sessionId);
    expect(again.refreshToken).not.toBe(second.refreshToken);
    await expect(rotateRefreshToken(second.refreshToken, ctx(20))).resolves.toBeTruthy();
    await expect(rotateRefreshToken(again.refreshToken, ctx(20))).resolves.toBeTruthy();
  });

  it("treats every reuse as theft when the grace window is 0", async () => {
    const first = await startSession(userId, null, ctx(0));
    await rotateRefreshToken(first.refreshToken, ctx(1, { reuseGraceSeconds: 0 }));
    expect(await outcomeOf(rotateRefreshToken(first.refreshToken, ctx(1, { reuseGraceSeconds: 0 })))).toBe("invalid_grant");
  });

  it("lets exactly one of ten concurrent refreshes of one token win when the grace window is 0", async () => {
    const first = await startSession(userId, null, ctx(0));
    const results = await Promise.all(
      Array.from({ length: 10 }, () => outcomeOf(rotateRefreshToken(first.refreshToken, ctx(2, { reuseGraceSeconds: 0 })))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "invalid_grant")).toHaveLength(9);
  });

  it("answers all ten concurrent refreshes within the grace window", async () => {
    const first = await startSession(userId, null, ctx(0));
    const results = await Promise.all(Array.from({ length: 10 }, () => outcomeOf(rotateRefreshToken(first.refreshToken, ctx(2)))));
    expect(results).toEqual(Array(10).fill("ok"));
  });

  it("refuses an expired token without revoking its family", async () => {
    const first = await startSession(userId, null, ctx(0));
    expect(await outcomeOf(rotateRefreshToken(first.refreshToken, ctx(600)))).toBe("invalid_grant");
    const session = await db.session.findUniqueOrThrow({ where: { id: first.sessionId } });
    expect(session.revokedAt).toBeNull();
  });

  it("refuses an expired spent token inside the grace window too: expiry is checked first", async () => {
    const first = await startSession(userId, null, ctx(0, { refreshTtlSeconds: 20 }));
    await rotateRefreshToken(first.refreshToken, ctx(15, { refreshTtlSeconds: 20 }));
    expect(await outcomeOf(rotateRefreshToken(first.refreshToken, ctx(21, { refreshTtlSeconds: 20 })))).toBe("invalid_grant");
    expect((await db.session.findUniqueOrThrow({ where: { id: first.sessionId } })).revokedAt).toBeNull();
  });

  it("refuses an unknown token and a token revoked by logout", async () => {
    expect(await outcomeOf(rotateRefreshToken("never-issued", ctx(0)))).toBe("invalid_grant");
    const first = await startSession(userId, null, ctx(0));
    await revokeSessionOf(first.refreshToken, ctx(1));
    expect(await outcomeOf(rotateRefreshToken(first.refreshToken, ctx(2)))).toBe("invalid_grant");
    expect((await db.session.findUniqueOrThrow({ where: { id: first.sessionId } })).revokeReason).toBe("logout");
  });

  it("ends the family at its absolute lifetime, however often it is refreshed", async () => {
    const config = { refreshTtlSeconds: 600, sessionMaxSeconds: 1000 };
    let tokens = await startSession(userId, null, ctx(0, config));
    for (const second of [500, 900]) tokens = await rotateRefreshToken(tokens.refreshToken, ctx(second, config));
    // Issued at 900 with a 600 s TTL, but the session ends at 1000.
    expect(tokens.refreshExpiresIn).toBe(100);
    expect(await outcomeOf(rotateRefreshToken(tokens.refreshToken, ctx(1000, config)))).toBe("invalid_grant");
  });

  it("logs out with any token that ever existed, even a spent or expired one", async () => {
    const first = await startSession(userId, null, ctx(0));
    const second = await rotateRefreshToken(first.refreshToken, ctx(1));
    await revokeSessionOf(first.refreshToken, ctx(700));
    expect(await outcomeOf(rotateRefreshToken(second.refreshToken, ctx(2)))).toBe("invalid_grant");
    expect(await outcomeOf(revokeSessionOf("never-issued", ctx(0)))).toBe("invalid_grant");
  });

  it("logs out everywhere and lists only live sessions", async () => {
    const { id: other } = await db.user.create({
      data: { email: "sessions@example.com", name: "S", passwordHash: "x", createdAt: t0 },
    });
    const a = await startSession(other, "Firefox", ctx(0));
    const b = await startSession(other, "Chrome", ctx(1));
    const expired = await startSession(other, "Old", ctx(-700));
    const sessions = await listSessions(other, b.sessionId, { db, now: at(2) });
    expect(sessions.map((s) => [s.user_agent, s.current])).toEqual([
      ["Chrome", true],
      ["Firefox", false],
    ]);
    expect(sessions.map((s) => s.id)).not.toContain(expired.sessionId);
    await revokeAllSessions(other, ctx(3));
    expect(await listSessions(other, b.sessionId, { db, now: at(4) })).toEqual([]);
    expect(await outcomeOf(rotateRefreshToken(a.refreshToken, ctx(4)))).toBe("invalid_grant");
  });

  it("revokes one session by id, the current one too, and no other user's", async () => {
    const { id: owner } = await db.user.create({
      data: { email: "devices@example.com", name: "D", passwordHash: "x", createdAt: t0 },
    });
    const laptop = await startSession(owner, "Laptop", ctx(0));
    const phone = await startSession(owner, "Phone", ctx(1));
    await revokeSessionById(owner, laptop.sessionId, ctx(2));
    expect(await outcomeOf(rotateRefreshToken(laptop.refreshToken, ctx(3)))).toBe("invalid_grant");
    expect((await stored(laptop.refreshToken)).revokeReason).toBe("revoked");
    const left = await listSessions(owner, phone.sessionId, { db, now: at(3) });
    expect(left.map((s) => s.id)).toEqual([phone.sessionId]);
    // Someone else's session is not found, and stays live.
    expect(await outcomeOf(revokeSessionById(userId, phone.sessionId, ctx(3)))).toBe("not_found");
    expect(await outcomeOf(revokeSessionById(owner, "no-such-session", ctx(3)))).toBe("not_found");
    const next = await rotateRefreshToken(phone.refreshToken, ctx(4));
    // The caller's own session: allowed; a session that already ended keeps its reason.
    await revokeSessionById(owner, phone.sessionId, ctx(5));
    expect(await outcomeOf(rotateRefreshToken(next.refreshToken, ctx(6)))).toBe("invalid_grant");
    await revokeSessionById(owner, laptop.sessionId, ctx(6));
    expect((await db.session.findUniqueOrThrow({ where: { id: laptop.sessionId } })).revokedAt).toEqual(at(2));
  });
});
