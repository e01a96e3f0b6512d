import { authenticate } from "@/lib/server/auth/authenticate";
import { listSessions } from "@/lib/server/auth/sessions";
import { json, methods, route } from "@/lib/server/http";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (request) => {
    const { userId, sessionId } = await authenticate(request);
    return json({ sessions: await listSessions(userId, sessionId) });
  }),
});
