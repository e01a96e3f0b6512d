import "server-only";
// Bearer → who is calling. Every protected route starts here: the access token alone
// identifies the user and session, with no database read (that is its whole point).
import { ApiError } from "@/lib/server/http";
import { verifyAccessToken } from "./access-token";
import { authConfig, type AuthConfig } from "./config";

export type Principal = { userId: string; sessionId: string };

type Options = { config?: AuthConfig; now?: Date };

/** For protected routes: no Bearer token at all is 401 `unauthorized`. */
export async function authenticate(request: Request, options: Options = {}): Promise<Principal> {
  const token = bearerToken(request);
  if (token === null) {
    throw new ApiError("unauthorized", "Sign in to continue: send an access token as 'Authorization: Bearer <token>'");
  }
  return verify(token, options);
}

/**
 * For public routes: a request without a Bearer token is a guest, but a Bearer token
 * that is expired or invalid still gets its 401, so the client can refresh.
 */
export async function authenticateOptional(request: Request, options: Options = {}): Promise<Principal | null> {
  const token = bearerToken(request);
  return token === null ? null : verify(token, options);
}

async function verify(token: string, { config = authConfig(), now = new Date() }: Options): Promise<Principal> {
  if (token === "") throw new ApiError("invalid_token", "The access token is empty");
  const claims = await verifyAccessToken(token, { ...config, now });
  return { userId: claims.userId, sessionId: claims.sessionId };
}

/** The token of an `Authorization: Bearer` header; null when there is none or another scheme. */
function bearerToken(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header === null) return null;
  const [scheme = "", ...rest] = header.trim().split(/\s+/);
  if (scheme.toLowerCase() !== "bearer") return null;
  return rest.join(" ");
}
