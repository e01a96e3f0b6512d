import { authenticate } from "@/lib/server/auth/authenticate";
import { authConfig } from "@/lib/server/auth/config";
import { mintExpiredAccessToken } from "@/lib/server/auth/demo";
import { getEnv } from "@/lib/server/env";
import { json, methods, route, unknownEndpoint } from "@/lib/server/http";
import type { ExpiredTokenResponse } from "@/lib/shared/api-types";
import { expiredTokenResponseSchema } from "@/lib/shared/api-schemas";

// POST /api/v1/demo/expire-access-token (Bearer): the inspector's "Expire my access
// token now". With DEMO_TOOLS off it answers, for every method, the very 404 of an
// unknown path: a production server does not even reveal that the tool exists.
const served = methods({
  POST: route(authenticate, async (request, principal) => {
    const body: ExpiredTokenResponse = {
      access_token: await mintExpiredAccessToken(principal, { config: authConfig(), now: new Date() }),
      token_type: "Bearer",
      expires_in: 0,
    };
    return json(expiredTokenResponseSchema, body, 200, { "Cache-Control": "no-store" });
  }),
});

type Handler = (typeof served)["POST"];
const gated =
  (handler: Handler): Handler =>
  async (request, context) =>
    getEnv().DEMO_TOOLS ? handler(request, context) : unknownEndpoint(request);

export const GET = gated(served.GET);
export const HEAD = gated(served.HEAD);
export const POST = gated(served.POST);
export const PUT = gated(served.PUT);
export const PATCH = gated(served.PATCH);
export const DELETE = gated(served.DELETE);
export const OPTIONS = gated(served.OPTIONS);
