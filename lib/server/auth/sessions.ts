import "server-only";
// GET /auth/sessions: the caller's live refresh-token families, i.e. the devices that
// can still get a new access token without a password.
import type { SessionDto } from "@/lib/shared/api-types";
import { authContext, type AuthContext } from "./refresh-token";

export async function listSessions(
  userId: string,
  currentSessionId: string,
  { db, now }: Pick<AuthContext, "db" | "now"> = authContext(),
): Promise<SessionDto[]> {
  const sessions = await db.session.findMany({
    where: { userId, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      lastUsedAt: true,
      userAgent: true,
      tokens: { orderBy: { issuedAt: "desc" }, take: 1, select: { expiresAt: true } },
    },
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
