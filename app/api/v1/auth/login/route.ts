import { clientAddress } from "@/lib/server/addressing";
import { login } from "@/lib/server/auth/accounts";
import { refuseCrossSiteLogin, tokenResponse } from "@/lib/server/auth/delivery";
import { methods, readJson, route } from "@/lib/server/http";
import { loginSchema } from "@/lib/shared/schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(async (request) => {
    refuseCrossSiteLogin(request);
    const input = await readJson(request, loginSchema);
    const { user, tokens } = await login(input, { userAgent: request.headers.get("user-agent"), address: clientAddress(request) });
    return tokenResponse(request, tokens, input.refresh_token_delivery ?? "body", { user });
  }),
});
