import { clearingCookieOnFailure, presentedRefreshToken, tokenResponse } from "@/lib/server/auth/delivery";
import { invalidGrant, rotateRefreshToken } from "@/lib/server/auth/refresh-token";
import { methods, readJson, route } from "@/lib/server/http";
import { refreshSchema } from "@/lib/shared/schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(async (request) => {
    const body = await readJson(request, refreshSchema);
    const { token, delivery } = presentedRefreshToken(request, body.refresh_token);
    const tokens = await clearingCookieOnFailure(request, delivery, () => {
      if (token === null || token === "") throw invalidGrant();
      return rotateRefreshToken(token);
    });
    return tokenResponse(request, tokens, delivery);
  }),
});
