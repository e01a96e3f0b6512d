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
  const family = { userId, sessionId: session.id, sessionEnd: session.expiresAt };
  return signPair(family, await writeRefreshToken(db, family, null, ctx), ctx);
}

type Family = { userId: string; sessionId: string; sessionEnd: Date };
type Outcome = { ok: true; family: Family; issued: WrittenToken } | { ok: false };

/**
 * POST /auth/refresh: spends `presented` and returns the next pair, or throws 401
 * `invalid_grant`. The checks and the rotation share one transaction, and the token is
 * claimed by a conditional update, so two requests can never both spend it, on one
 * server or on several sharing the database.
 *
 * The common case is three statements: the family, the claim, the successor. Each
 * statement is a round trip and a query compilation on the server's one JavaScript
 * thread, which is what a refresh costs most (bench/results.md), so every check rides
 * in the WHERE clause of a write that has to happen anyway instead of in a read before
 * it. lib/server/auth/round-trips.test.ts counts them.
 */
export async function rotateRefreshToken(presented: string, ctx: AuthContext = authContext()): Promise<IssuedTokens> {
  const { db, config, now } = ctx;
  const tokenHash = hashRefreshToken(presented);
  const outcome = await db.$transaction(async (tx): Promise<Outcome> => {
    // The family's row is written first, and only while the family is live and the
    // presented token is one of its unexpired tokens. The write holds that row until the
    // transaction ends, so every rotation and revocation of one family (which also starts
    // with this row) takes its turn: on PostgreSQL two of them can never each hold a row
    // the other waits for, and none can issue a token into a family another one has just
    // revoked. (SQLite runs one writer at a time anyway.)
    //
    // SQL rather than Prisma here: Prisma would write `tokens: { some: … }` as a correlated
    // EXISTS that SQLite checks against every session row in the table, where this
    // subquery finds the one token by its unique hash and the session by its key.
    const [session] = await tx.$queryRaw<{ id: string; userId: string; expiresAt: Date }[]>`
      UPDATE "Session" SET "lastUsedAt" = ${now}
      WHERE "id" = (SELECT "sessionId" FROM "RefreshToken" WHERE "tokenHash" = ${tokenHash} AND "expiresAt" > ${now})
        AND "revokedAt" IS NULL AND "expiresAt" > ${now}
      RETURNING "id", "userId", "expiresAt"`;
    // No such token, an expired one, or a family that is over: the same answer for all,
    // and none of them revokes anything. Expiry in particular proves nothing about theft.
    if (!session) return { ok: false };
    const family = { userId: session.userId, sessionId: session.id, sessionEnd: session.expiresAt };

    // The claim, a compare-and-set: of all requests holding this token, exactly one
    // flips usedAt from null, and only that one gets the row back.
    const [claimed] = await tx.refreshToken.updateManyAndReturn({
      where: { tokenHash, usedAt: null, revokedAt: null },
      data: { usedAt: now },
      select: { id: true },
    });
    if (claimed) return { ok: true, family, issued: await writeRefreshToken(tx, family, claimed.id, ctx) };

    // Spent or revoked before we got the family's row; read which (a fresh read: each
    // statement sees what was committed before it, in SQLite and in PostgreSQL's READ COMMITTED).
    const current = await tx.refreshToken.findUniqueOrThrow({ where: { tokenHash }, select: { id: true, usedAt: true, revokedAt: true } });
    if (current.revokedAt || !current.usedAt) return { ok: false };

    // A spent token again. Within the grace window this is most likely the same user
    // (two tabs, or a response lost on a flaky network), so it gets another pair in the
    // same family and the earlier successors stay valid.
    if (now.getTime() - current.usedAt.getTime() < config.reuseGraceSeconds * 1000) {
      return { ok: true, family, issued: await writeRefreshToken(tx, family, current.id, ctx) };
    }
    // Past the window it is reuse: someone replays a token that was already spent.
    await revokeFamily(tx, session.id, "reuse_detected", now);
    return { ok: false };
  }, TX_OPTIONS);

  // Thrown after the commit, so a revocation for reuse is kept; and the access token is
  // signed only once its refresh token is committed, outside the transaction.
  if (!outcome.ok) throw invalidGrant();
  return signPair(outcome.family, outcome.issued, ctx);
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

type WrittenToken = { refreshToken: string; refreshEnd: Date };

/** Stores a new refresh token of `family` (its hash), rotated from `parentId`. */
async function writeRefreshToken(tx: Tx | Db, family: Family, parentId: string | null, { config, now }: AuthContext): Promise<WrittenToken> {
  const refreshToken = generateRefreshToken();
  // A token lives its TTL, but never past the end of its session.
  const refreshEnd = new Date(Math.min(addSeconds(now, config.refreshTtlSeconds).getTime(), family.sessionEnd.getTime()));
  await tx.refreshToken.create({
    data: { tokenHash: hashRefreshToken(refreshToken), sessionId: family.sessionId, parentId, issuedAt: now, expiresAt: refreshEnd },
    select: { id: true },
  });
  return { refreshToken, refreshEnd };
}

/** The pair handed to the client: the stored refresh token and a new access token for the same family. */
async function signPair(family: Family, { refreshToken, refreshEnd }: WrittenToken, { config, now }: AuthContext): Promise<IssuedTokens> {
  const expiresIn = Math.min(config.accessTtlSeconds, Math.max(1, secondsUntil(family.sessionEnd, now)));
  const accessToken = await signAccessToken({ userId: family.userId, sessionId: family.sessionId }, { ...config, now, ttlSeconds: expiresIn });
  return {
    userId: family.userId,
    sessionId: family.sessionId,
    accessToken,
    expiresIn,
    refreshToken,
    refreshExpiresIn: secondsUntil(refreshEnd, now),
  };
}

export const invalidGrant = () => new ApiError("invalid_grant", "The refresh token is invalid, expired or revoked");
