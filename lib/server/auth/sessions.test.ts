import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { outcomeOf } from "@/lib/server/testing/outcome";
import { createTestDb } from "@/lib/server/testing/test-db";
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
import { ENDED_SESSIONS_DAYS, listEndedSessions, listSessions, sessionTokens } from "./sessions";
import { testConfig } from "./test-config";

let db: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await createTestDb());
});
afterAll(() => cleanup());

let users = 0;
async function newUser(): Promise<string> {
  users += 1;
  const user = await db.user.create({
    data: { email: `sessions-${users}@example.com`, name: "S", passwordHash: "x", createdAt: new Date() },
  });
  return user.id;
}

const t0 = new Date("2026-05-01T10:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
const DAY = 86_400;
// Refresh tokens live 600 s, sessions at most 3600 s (testConfig), unless a test says otherwise.
const ctx = (seconds: number, config: Partial<AuthConfig> = {}): AuthContext => ({
  db,
  now: at(seconds),
  config: { ...testConfig, ...config },
});

describe("ended sessions", () => {
  it("lists each ended family once, with why and when it ended, most recently ended first", async () => {
    const userId = await newUser();
    const loggedOut = await startSession(userId, "A", ctx(0));
    const revoked = await startSession(userId, "B", ctx(1));
    const stolen = await startSession(userId, "C", ctx(2));
    const idle = await startSession(userId, "D", ctx(3));
    const live = await startSession(userId, "E", ctx(4));

    await revokeSessionOf(loggedOut.refreshToken, ctx(10));
    await revokeSessionById(userId, revoked.sessionId, ctx(20));
    const next = await rotateRefreshToken(stolen.refreshToken, ctx(30, { reuseGraceSeconds: 0 }));
    expect(await outcomeOf(rotateRefreshToken(stolen.refreshToken, ctx(40, { reuseGraceSeconds: 0 })))).toBe("invalid_grant");
    await rotateRefreshToken(live.refreshToken, ctx(500));

    // At 700 s the idle family's only token (issued at 3 s, 600 s of life) has expired.
    const ended = await listEndedSessions(userId, ctx(700));
    expect(ended.map((s) => [s.id, s.end_reason, s.ended_at])).toEqual([
      [idle.sessionId, "expired", at(603).toISOString()],
      [stolen.sessionId, "reuse_detected", at(40).toISOString()],
      [revoked.sessionId, "revoked", at(20).toISOString()],
      [loggedOut.sessionId, "logout", at(10).toISOString()],
    ]);
    expect(ended[0]).toMatchObject({ user_agent: "D", created_at: at(3).toISOString() });
    expect(next.sessionId).toBe(stolen.sessionId);

    // The live one is only in the live list, and no ended one is.
    const liveList = await listSessions(userId, live.sessionId, ctx(700));
    expect(liveList.map((s) => s.id)).toEqual([live.sessionId]);
  });

  it("ends an unrevoked family at its absolute end even when its newest token would outlive it", async () => {
    const userId = await newUser();
    const { sessionId } = await startSession(userId, null, ctx(0, { sessionMaxSeconds: 100 }));
    expect(await listEndedSessions(userId, ctx(99))).toEqual([]);
    const [ended] = await listEndedSessions(userId, ctx(101));
    expect(ended).toMatchObject({ id: sessionId, end_reason: "expired", ended_at: at(100).toISOString() });
  });

  it(`keeps ${ENDED_SESSIONS_DAYS} days of ended sessions`, async () => {
    const userId = await newUser();
    await startSession(userId, null, ctx(0));
    await revokeAllSessions(userId, ctx(50));
    const window = ENDED_SESSIONS_DAYS * DAY;
    expect((await listEndedSessions(userId, ctx(50 + window))).map((s) => s.end_reason)).toEqual(["logout_all"]);
    expect(await listEndedSessions(userId, ctx(51 + window))).toEqual([]);
  });

  it("shows only the caller's own sessions", async () => {
    const owner = await newUser();
    const other = await newUser();
    const { refreshToken } = await startSession(owner, null, ctx(0));
    await revokeSessionOf(refreshToken, ctx(1));
    expect(await listEndedSessions(other, ctx(2))).toEqual([]);
  });
});

describe("a session's token family", () => {
  it("lists every rotation oldest first, linked to its parent, with a fingerprint and never the token", async () => {
    const userId = await newUser();
    const first = await startSession(userId, null, ctx(0));
    const second = await rotateRefreshToken(first.refreshToken, ctx(10));
    const third = await rotateRefreshToken(second.refreshToken, ctx(20));

    const family = await sessionTokens(userId, first.sessionId, ctx(30));
    expect(family.session_id).toBe(first.sessionId);
    expect(family.tokens).toHaveLength(3);
    const [a, b, c] = family.tokens;
    expect(a).toMatchObject({ parent_id: null, issued_at: at(0).toISOString(), used_at: at(10).toISOString() });
    expect(b).toMatchObject({ parent_id: a!.id, used_at: at(20).toISOString(), revoked_at: null, revoke_reason: null });
    expect(c).toMatchObject({ parent_id: b!.id, used_at: null, expires_at: at(620).toISOString() });
    expect(c!.fingerprint).toBe(hashRefreshToken(third.refreshToken).slice(0, 8));
    expect(JSON.stringify(family)).not.toContain(third.refreshToken);
    expect(JSON.stringify(family)).not.toContain(hashRefreshToken(third.refreshToken));
  });

  it("shows reuse detection revoking every token of the family, the newest included", async () => {
    const userId = await newUser();
    const first = await startSession(userId, null, ctx(0));
    await rotateRefreshToken(first.refreshToken, ctx(10, { reuseGraceSeconds: 0 }));
    expect(await outcomeOf(rotateRefreshToken(first.refreshToken, ctx(15, { reuseGraceSeconds: 0 })))).toBe("invalid_grant");
    const { tokens } = await sessionTokens(userId, first.sessionId, ctx(20));
    expect(tokens.map((t) => [t.revoked_at, t.revoke_reason])).toEqual([
      [at(15).toISOString(), "reuse_detected"],
      [at(15).toISOString(), "reuse_detected"],
    ]);
  });

  it("answers 404 for another user's session and for one that does not exist", async () => {
    const owner = await newUser();
    const other = await newUser();
    const { sessionId } = await startSession(owner, null, ctx(0));
    for (const [user, id] of [
      [other, sessionId],
      [owner, "no-such-session"],
    ] as const) {
      expect(await outcomeOf(sessionTokens(user, id, ctx(1)))).toBe("not_found");
    }
  });
});
