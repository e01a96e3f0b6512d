import { clearRefreshCookie, clearingCookieOnFailure, presentedRefreshToken } from "@/lib/server/auth/delivery";
import { invalidGrant, revokeSessionOf } from "@/lib/server/auth/refresh-token";
import { methods, readJson, route } from "@/lib/server/http";
import { refreshSchema } from "@/lib/shared/schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(async (request) => {
    const body = await readJson(request, refreshSchema);
    const { token, delivery } = presentedRefreshToken(request, body.refresh_token);
    await clearingCookieOnFailure(request, delivery, () => {
      if (token === null || token === "") throw invalidGrant();
      return revokeSessionOf(token);
    });
    return new Response(null, { status: 204, headers: { "Set-Cookie": clearRefreshCookie(request) } });
  }),
});
