import "server-only";
// Refresh tokens: long-lived, opaque, single-use. Each login starts a family (a
// Session row); every refresh spends the presented token and issues its successor in
// the same family. A spent token coming back means two parties hold copies of it (a
// thief and the real user), so the whole family is revoked: whoever holds the newest
// token is signed out too, and the stolen copy is worthless from then on.
import { createHash, randomBytes } from "node:crypto";
import { getDb, TX_OPTIONS, type Db, type Tx } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http";
import type { TOKEN_REVOKE_REASONS } from "@/lib/shared/api-schemas";
import { signAccessToken } from "./access-token";
import { addSeconds, authConfig, secondsUntil, type AuthConfig } from "./config";

/** Where the auth code gets its database, its settings and the current time. */
export type AuthContext = { db: Db; config: AuthConfig; now: Date };

export function authContext(overrides: Partial<AuthContext> = {}): AuthContext {
  return { db: overrides.db ?? getDb(), config: overrides.config ?? authConfig(), now: overrides.now ?? new Date() };
}

/** A fresh pair: what login, register and refresh hand to the client. */
export type IssuedTokens = {
  userId: string;
  sessionId: string;
  accessToken: string;
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
};

/** Why a family (and its tokens) was revoked; stored with it and shown in the sessions lists. */
export type RevokeReason = (typeof TOKEN_REVOKE_REASONS)[number];

/** 256 random bits: unguessable, so the token needs no signature. */
export function generateRefreshToken(): string {
  return randomBytes(32).toString("base64url");
}

// Only the SHA-256 is stored: a leaked database (or backup) holds nothing that can be
// replayed. A fast hash is right here: the token has 256 bits of entropy, unlike a password.
export function hashRefreshToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Login and register: start a new family with its first token. */
export async function startSession(userId: string, userAgent: string | null, ctx: AuthContext = authContext()): Promise<IssuedTokens> {
  const { db, config, now } = ctx;
  const session = await db.session.create({
    data: {
      userId,
      userAgent: userAgent?.slice(0, 512) ?? null,
      createdAt: now,
      lastUsedAt: now,
      // The absolute end: rotation extends a token's life, never the session's.
      expiresAt: addSeconds(now, config.sessionMaxSeconds),
    },
    select: { id: true, expiresAt: true },
  });
  return issuePair(db, { userId, sessionId: session.id, sessionEnd: session.expiresAt, parentId: null }, ctx);
}

type Refusal = { ok: false; reason: "unknown" | "expired" | "revoked" | "reused" };
type Outcome = { ok: true; tokens: IssuedTokens } | Refusal;

/**
 * POST /auth/refresh: spends `presented` and returns the next pair, or throws 401
 * `invalid_grant`. The checks and the rotation share one transaction, and the token is
 * claimed by a conditional update, so two requests can never both spend it, on one
 * server or on several sharing the database.
 */
export async function rotateRefreshToken(presented: string, ctx: AuthContext = authContext()): Promise<IssuedTokens> {
  const { db, config, now } = ctx;
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    const token = await tx.refreshToken.findUnique({
      where: { tokenHash: hashRefreshToken(presented) },
      select: {
        id: true,
        expiresAt: true,
        session: { select: { id: true, userId: true, expiresAt: true } },
      },
    });
    if (!token) return { ok: false, reason: "unknown" };
    const { session } = token;
    // Expiry first: an expired token proves nothing about theft, so it revokes nothing.
    if (token.expiresAt <= now || session.expiresAt <= now) return { ok: false, reason: "expired" };

    // The family's row is written first, and only while the family is live. The write
    // holds that row until the transaction ends, so every rotation and revocation of one
    // family (which also starts with this row) takes its turn: on PostgreSQL two of them
    // can never each hold a row the other waits for, and none can issue a token into a
    // family another one has just revoked. (SQLite runs one writer at a time anyway.)
    const live = await tx.session.updateMany({
      where: { id: session.id, revokedAt: null },
      data: { lastUsedAt: now },
    });
    if (live.count === 0) return { ok: false, reason: "revoked" };

    const successor = { userId: session.userId, sessionId: session.id, sessionEnd: session.expiresAt, parentId: token.id };
    // The claim: of all requests holding this token, exactly one flips usedAt.
    const claimed = await tx.refreshToken.updateMany({
      where: { id: token.id, usedAt: null, revokedAt: null },
      data: { usedAt: now },
    });
    if (claimed.count === 1) return { ok: true, tokens: await issuePair(tx, successor, ctx) };

    // Spent or revoked before we got the family's row; read which (a fresh read: each
    // statement sees what was committed before it, in SQLite and in PostgreSQL's READ COMMITTED).
    const current = await tx.refreshToken.findUniqueOrThrow({
      where: { id: token.id },
      select: { usedAt: true, revokedAt: true },
    });
    if (current.revokedAt || !current.usedAt) return { ok: false, reason: "revoked" };

    // A spent token again. Within the grace window this is most likely the same user
    // (two tabs, or a response lost on a flaky network), so it gets another pair in the
    // same family and the earlier successors stay valid.
    if (now.getTime() - current.usedAt.getTime() < config.reuseGraceSeconds * 1000) {
      return { ok: true, tokens: await issuePair(tx, successor, ctx) };
    }
    // Past the window it is reuse: someone replays a token that was already spent.
    await revokeFamily(tx, session.id, "reuse_detected", now);
    return { ok: false, reason: "reused" };
  }, TX_OPTIONS);

  // Thrown after the commit, so a revocation for reuse is kept.
  if (!outcome.ok) throw invalidGrant();
  return outcome.tokens;
}

/**
 * POST /auth/logout: any token that ever existed ends its family, even one that is
 * expired or already spent (logging out is never treated as reuse).
 */
export async function revokeSessionOf(presented: string, ctx: AuthContext = authContext()): Promise<void> {
  const { db, now } = ctx;
  const token = await db.refreshToken.findUnique({
    where: { tokenHash: hashRefreshToken(presented) },
    select: { sessionId: true },
  });
  if (!token) throw invalidGrant();
  await db.$transaction((tx) => revokeFamily(tx, token.sessionId, "logout", now), TX_OPTIONS);
}

/** POST /auth/logout-all: every family of the user, on every device. */
export async function revokeAllSessions(userId: string, ctx: AuthContext = authContext()): Promise<void> {
  const { db, now } = ctx;
  await db.$transaction(async (tx) => {
    await tx.session.updateMany({
      where: { userId, revokedAt: null },
      data: { revokedAt: now, revokeReason: "logout_all" },
    });
    await tx.refreshToken.updateMany({
      where: { session: { userId }, revokedAt: null },
      data: { revokedAt: now, revokeReason: "logout_all" },
    });
  }, TX_OPTIONS);
}

/**
 * DELETE /auth/sessions/{id}: one of the user's sessions, ended from any of them (the
 * current one included: its access token lives on until it expires, as after any
 * logout). Another user's session, or one that never existed, is a 404 either way, so
 * the answer does not tell which ids exist. A session that had already ended keeps the
 * reason it ended with.
 */
export async function revokeSessionById(userId: string, sessionId: string, ctx: AuthContext = authContext()): Promise<void> {
  const { db, now } = ctx;
  const session = await db.session.findFirst({ where: { id: sessionId, userId }, select: { id: true } });
  if (!session) throw new ApiError("not_found", "No such session");
  await db.$transaction((tx) => revokeFamily(tx, session.id, "revoked", now), TX_OPTIONS);
}

/** Revokes a family and every token in it, the newest included (the family's row first, as in rotation). */
async function revokeFamily(tx: Tx, sessionId: string, reason: RevokeReason, now: Date): Promise<void> {
  await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now, revokeReason: reason } });
  await tx.refreshToken.updateMany({
    where: { sessionId, revokedAt: null },
    data: { revokedAt: now, revokeReason: reason },
  });
}

type PairFor = { userId: string; sessionId: string; sessionEnd: Date; parentId: string | null };

async function issuePair(tx: Tx | Db, pair: PairFor, { config, now }: AuthContext): Promise<IssuedTokens> {
  const refreshToken = generateRefreshToken();
  // A token lives its TTL, but never past the end of its session.
  const refreshEnd = new Date(Math.min(addSeconds(now, config.refreshTtlSeconds).getTime(), pair.sessionEnd.getTime()));
  await tx.refreshToken.create({
    data: {
      tokenHash: hashRefreshToken(refreshToken),
      sessionId: pair.sessionId,
      parentId: pair.parentId,
      issuedAt: now,
      expiresAt: refreshEnd,
    },
  });
  const expiresIn = Math.min(config.accessTtlSeconds, Math.max(1, secondsUntil(pair.sessionEnd, now)));
  const accessToken = await signAccessToken({ userId: pair.userId, sessionId: pair.sessionId }, { ...config, now, ttlSeconds: expiresIn });
  return {
    userId: pair.userId,
    sessionId: pair.sessionId,
    accessToken,
    expiresIn,
    refreshToken,
    refreshExpiresIn: secondsUntil(refreshEnd, now),
  };
}

export const invalidGrant = () => new ApiError("invalid_grant", "The refresh token is invalid, expired or revoked");
