import { authenticate } from "@/lib/server/auth/authenticate";
import { listSessions } from "@/lib/server/auth/sessions";
import { json, methods, route } from "@/lib/server/http";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId, sessionId }) => {
    return json({ sessions: await listSessions(userId, sessionId) });
  }),
});
