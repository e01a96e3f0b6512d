import "server-only";
// The caller's sessions (refresh-token families) as the account page and the inspector
// show them: the live ones, i.e. the devices that can still get a new access token
// without a password; the ones that ended lately, and why; and one family's tokens,
// the chain of rotations a login started.
import type { Prisma } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http";
import type { EndedSessionDto, FamilyTokenDto, SessionDto, SessionEndReason, SessionTokensDto } from "@/lib/shared/api-types";
import { TOKEN_REVOKE_REASONS } from "@/lib/shared/api-schemas";
import { authContext, type AuthContext, type RevokeReason } from "./refresh-token";

/** How far back GET /auth/sessions?state=ended looks. */
export const ENDED_SESSIONS_DAYS = 30;

type Ctx = Pick<AuthContext, "db" | "now">;

const newestToken = {
  orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
  take: 1,
  select: { expiresAt: true },
} satisfies Prisma.Session$tokensArgs;

/** GET /auth/sessions: live families (not revoked, not past their end, newest token not expired), newest first. */
export async function listSessions(userId: string, currentSessionId: string, { db, now }: Ctx = authContext()): Promise<SessionDto[]> {
  const sessions = await db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, createdAt: true, lastUsedAt: true, userAgent: true, tokens: newestToken },
  });
  return sessions.flatMap((session) => {
    const newest = session.tokens[0];
    // A family whose newest token has expired can never refresh again: it is over.
    if (!newest || newest.expiresAt <= now) return [];
    return [
      {
        id: session.id,
        created_at: session.createdAt.toISOString(),
        last_used_at: session.lastUsedAt.toISOString(),
        expires_at: newest.expiresAt.toISOString(),
        user_agent: session.userAgent,
        current: session.id === currentSessionId,
      },
    ];
  });
}

/**
 * GET /auth/sessions?state=ended: the families that ended in the last 30 days, the most
 * recently ended first. A revoked family ended when it was revoked, for the reason
 * stored with it; one nobody revoked ended when its newest token (or the family's
 * absolute end) passed: nobody refreshed in time.
 */
export async function listEndedSessions(userId: string, { db, now }: Ctx = authContext()): Promise<EndedSessionDto[]> {
  const since = new Date(now.getTime() - ENDED_SESSIONS_DAYS * 86_400_000);
  const sessions = await db.session.findMany({
    // A family whose absolute end is older than the window ended before it, revoked or not.
    where: { userId, OR: [{ revokedAt: { gte: since } }, { revokedAt: null, expiresAt: { gte: since } }] },
    select: {
      id: true,
      createdAt: true,
      lastUsedAt: true,
      expiresAt: true,
      revokedAt: true,
      revokeReason: true,
      userAgent: true,
      tokens: newestToken,
    },
  });
  const ended = sessions.flatMap((session) => {
    let endedAt: Date;
    let reason: SessionEndReason;
    if (session.revokedAt) {
      endedAt = session.revokedAt;
      reason = asRevokeReason(session.revokeReason);
    } else {
      const tokenEnd = session.tokens[0]?.expiresAt ?? session.createdAt;
      endedAt = tokenEnd < session.expiresAt ? tokenEnd : session.expiresAt;
      reason = "expired";
      if (endedAt > now || endedAt < since) return [];
    }
    return [{ session, endedAt, reason }];
  });
  ended.sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime() || (a.session.id < b.session.id ? 1 : -1));
  return ended.map(({ session, endedAt, reason }) => ({
    id: session.id,
    created_at: session.createdAt.toISOString(),
    last_used_at: session.lastUsedAt.toISOString(),
    ended_at: endedAt.toISOString(),
    end_reason: reason,
    user_agent: session.userAgent,
  }));
}

/**
 * GET /auth/sessions/{id}/tokens: every refresh token of one of the caller's families,
 * oldest first, each pointing at the token it was rotated from. The tokens themselves
 * were never stored; a fingerprint of the stored hash tells them apart.
 */
export async function sessionTokens(userId: string, sessionId: string, { db }: Ctx = authContext()): Promise<SessionTokensDto> {
  const session = await db.session.findFirst({
    where: { id: sessionId, userId },
    select: {
      id: true,
      tokens: {
        orderBy: [{ issuedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          parentId: true,
          tokenHash: true,
          issuedAt: true,
          usedAt: true,
          expiresAt: true,
          revokedAt: true,
          revokeReason: true,
        },
      },
    },
  });
  // Another user's session and one that never existed answer alike: ids stay private.
  if (!session) throw new ApiError("not_found", "No such session");
  const tokens: FamilyTokenDto[] = session.tokens.map((token) => ({
    id: token.id,
    parent_id: token.parentId,
    fingerprint: token.tokenHash.slice(0, 8),
    issued_at: token.issuedAt.toISOString(),
    used_at: token.usedAt?.toISOString() ?? null,
    expires_at: token.expiresAt.toISOString(),
    revoked_at: token.revokedAt?.toISOString() ?? null,
    revoke_reason: token.revokedAt ? asRevokeReason(token.revokeReason) : null,
  }));
  return { session_id: session.id, tokens };
}

function asRevokeReason(stored: string | null): RevokeReason {
  const reason = TOKEN_REVOKE_REASONS.find((known) => known === stored);
  if (!reason) throw new Error(`Unknown revoke reason in the database: ${stored}`);
  return reason;
}
