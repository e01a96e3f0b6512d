import { authenticate } from "@/lib/server/auth/authenticate";
import { listEndedSessions, listSessions } from "@/lib/server/auth/sessions";
import { json, methods, parseQuery, route } from "@/lib/server/http";
import { endedSessionListSchema, sessionListSchema } from "@/lib/shared/api-schemas";
import { sessionsQuerySchema } from "@/lib/shared/schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId, sessionId }) => {
    const { state } = parseQuery(sessionsQuerySchema, request.nextUrl.searchParams);
    return state === "ended"
      ? json(endedSessionListSchema, { sessions: await listEndedSessions(userId) })
      : json(sessionListSchema, { sessions: await listSessions(userId, sessionId) });
  }),
});
