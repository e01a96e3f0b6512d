import { authenticate } from "@/lib/server/auth/authenticate";
import { revokeAllSessions } from "@/lib/server/auth/refresh-token";
import { clearRefreshCookie } from "@/lib/server/auth/delivery";
import { methods, route } from "@/lib/server/http";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(authenticate, async (request, { userId }) => {
    await revokeAllSessions(userId);
    return new Response(null, { status: 204, headers: { "Set-Cookie": clearRefreshCookie(request) } });
  }),
});
