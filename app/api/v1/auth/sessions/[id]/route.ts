import { authenticate } from "@/lib/server/auth/authenticate";
import { revokeSessionById } from "@/lib/server/auth/refresh-token";
import { methods, route } from "@/lib/server/http";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  DELETE: route(authenticate, async (request, { userId }, { id }: { id: string }) => {
    await revokeSessionById(userId, id);
    return new Response(null, { status: 204 });
  }),
});
