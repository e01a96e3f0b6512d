import "server-only";
// How the refresh token travels. Body mode hands it to the client's JavaScript (which
// must then store it somewhere, e.g. localStorage). Cookie mode keeps it out of reach
// of any script: an HttpOnly, SameSite=Strict cookie sent only to /api/v1/auth.
import type { NextRequest } from "next/server";
import { isHttpsSite, siteOrigin } from "@/lib/server/addressing";
import { ApiError, json } from "@/lib/server/http";
import { authResponseSchema, tokenResponseSchema } from "@/lib/shared/api-schemas";
import type { TokenResponse, UserDto } from "@/lib/shared/api-types";
import type { IssuedTokens } from "./refresh-token";

export type Delivery = "body" | "cookie";

export const REFRESH_COOKIE = "refresh_token";
const COOKIE_PATH = "/api/v1/auth";

/**
 * Which refresh token a refresh or logout presents, and how it came. A `refresh_token`
 * in the body wins, even "". Otherwise the cookie; a cookie request must come from
 * this site's own pages (checked by `Origin`), a second line of defence against
 * cross-site requests after SameSite=Strict.
 */
export function presentedRefreshToken(request: NextRequest, bodyToken: string | undefined): { token: string | null; delivery: Delivery } {
  if (bodyToken !== undefined) return { token: bodyToken, delivery: "body" };
  const cookie = request.cookies.get(REFRESH_COOKIE);
  if (cookie === undefined) return { token: null, delivery: "body" };
  if (!isSameSite(request)) {
    throw new ApiError("forbidden", "A cookie-authenticated request must come from this site (check the Origin header)");
  }
  return { token: cookie.value, delivery: "cookie" };
}

/** The 200/201 of login, register and refresh, with the refresh token where it belongs. */
export function tokenResponse(
  request: NextRequest,
  tokens: IssuedTokens,
  delivery: Delivery,
  options: { status?: number; user?: UserDto } = {},
): Response {
  const body: TokenResponse = {
    access_token: tokens.accessToken,
    ...(delivery === "body" ? { refresh_token: tokens.refreshToken } : {}),
    token_type: "Bearer",
    expires_in: tokens.expiresIn,
    refresh_expires_in: tokens.refreshExpiresIn,
  };
  const headers = new Headers({ "Cache-Control": "no-store" });
  if (delivery === "cookie") {
    headers.append("Set-Cookie", cookie(request, tokens.refreshToken, tokens.refreshExpiresIn));
  }
  const status = options.status ?? 200;
  return options.user
    ? json(authResponseSchema, { ...body, user: options.user }, status, headers)
    : json(tokenResponseSchema, body, status, headers);
}

/** A Set-Cookie header that deletes the refresh cookie. */
export function clearRefreshCookie(request: NextRequest): string {
  return cookie(request, "", 0);
}

function cookie(request: NextRequest, value: string, maxAge: number): string {
  const secure = isHttpsSite(request) ? "; Secure" : "";
  return `${REFRESH_COOKIE}=${value}; Path=${COOKIE_PATH}; Max-Age=${maxAge}; HttpOnly; SameSite=Strict${secure}`;
}

/**
 * Register and login: a request whose `Origin` names another site is refused (login
 * CSRF: another site's page signing this browser into the attacker's account, and
 * replacing the shopper's refresh cookie with the attacker's). Browsers send Origin on
 * every POST; curl and other non-browser clients send none and are served.
 */
export function refuseCrossSiteLogin(request: Request): void {
  if (request.headers.get("origin") !== null && !isSameSite(request)) {
    throw new ApiError("forbidden", "Sign-in and registration are accepted only from this site's own pages");
  }
}

/** True when the request's `Origin` header names this site (a missing one does not). */
export function isSameSite(request: Request): boolean {
  const origin = request.headers.get("origin");
  return origin !== null && origin === siteOrigin(request);
}

/**
 * Runs a refresh or logout; when it fails in cookie mode, the answer also deletes the
 * cookie, so the browser stops sending a token that can never work again.
 */
export async function clearingCookieOnFailure<T>(request: NextRequest, delivery: Delivery, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (delivery !== "cookie" || !(error instanceof ApiError)) throw error;
    throw new ApiError(error.code, error.message, error.details, {
      ...error.headers,
      "Set-Cookie": clearRefreshCookie(request),
    });
  }
}
