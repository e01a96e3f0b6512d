import { register } from "@/lib/server/auth/accounts";
import { refuseCrossSiteLogin, tokenResponse } from "@/lib/server/auth/delivery";
import { methods, readJson, route } from "@/lib/server/http";
import { registerSchema } from "@/lib/shared/schemas";

// The auth endpoints ignore any Authorization header: a stale token must not block login.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(async (request) => {
    refuseCrossSiteLogin(request);
    const input = await readJson(request, registerSchema);
    const { user, tokens } = await register(input, request.headers.get("user-agent"));
    return tokenResponse(request, tokens, input.refresh_token_delivery ?? "body", { status: 201, user });
  }),
});
