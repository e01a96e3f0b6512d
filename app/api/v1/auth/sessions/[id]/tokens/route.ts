import { authenticate } from "@/lib/server/auth/authenticate";
import { sessionTokens } from "@/lib/server/auth/sessions";
import { json, methods, route } from "@/lib/server/http";
import { sessionTokensSchema } from "@/lib/shared/api-schemas";

// The token family of one of the caller's sessions, live or ended: what rotation and
// reuse detection did to it, token by token.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }, { id }: { id: string }) => {
    return json(sessionTokensSchema, await sessionTokens(userId, id), 200, { "Cache-Control": "no-store" });
  }),
});
