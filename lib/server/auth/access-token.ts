import "server-only";
// Access tokens: short-lived JWTs that say "user X, in session S" and are checked
// without touching the database. That is what makes them fast, and also why they
// cannot be revoked: a logout leaves an issued one valid until its `exp`, so its life
// is kept short and the long-lived, revocable part of a login is the refresh token.
import { randomUUID } from "node:crypto";
import { SignJWT, errors, jwtVerify } from "jose";
import { ApiError } from "@/lib/server/http";
import type { AuthConfig } from "./config";

// RFC 9068's media type for access tokens. Checking it on verify means no other JWT
// signed with the same key (an ID token, say) can be replayed as an access token.
export const ACCESS_TOKEN_TYP = "at+jwt";
const ALG = "HS256";

type KeyConfig = Pick<AuthConfig, "secret" | "issuer" | "audience">;

export type AccessTokenClaims = {
  userId: string;
  sessionId: string;
  jti: string;
  issuedAt: number;
  expiresAt: number;
};

export async function signAccessToken(
  subject: { userId: string; sessionId: string },
  options: KeyConfig & { now: Date; ttlSeconds: number },
): Promise<string> {
  const iat = Math.floor(options.now.getTime() / 1000);
  return new SignJWT({ sid: subject.sessionId })
    .setProtectedHeader({ alg: ALG, typ: ACCESS_TOKEN_TYP })
    .setSubject(subject.userId)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + options.ttlSeconds)
    .setJti(randomUUID())
    .sign(keyOf(options.secret));
}

/**
 * Checks signature and claims, or throws the 401 the client acts on: `token_expired`
 * (refresh and retry) for a genuine token past its `exp`, `invalid_token` for all else.
 */
export async function verifyAccessToken(token: string, options: KeyConfig & { now: Date }): Promise<AccessTokenClaims> {
  try {
    const { payload } = await jwtVerify(token, keyOf(options.secret), {
      // Pinning the algorithm defeats `alg: none` and algorithm-swap forgeries.
      algorithms: [ALG],
      typ: ACCESS_TOKEN_TYP,
      issuer: options.issuer,
      audience: options.audience,
      requiredClaims: ["sub", "sid", "jti", "iat", "exp"],
      currentDate: options.now,
      // The server checks only tokens it signed itself, so clocks barely differ.
      clockTolerance: 1,
    });
    const { sub, sid, jti, iat, exp } = payload;
    if (typeof sub !== "string" || typeof sid !== "string" || typeof jti !== "string") throw invalidToken();
    return { userId: sub, sessionId: sid, jti, issuedAt: iat ?? 0, expiresAt: exp ?? 0 };
  } catch (error) {
    // jose checks the signature before the claims, so only a token we signed can
    // reach JWTExpired: a forged one with an old `exp` is still `invalid_token`.
    if (error instanceof errors.JWTExpired) {
      throw new ApiError("token_expired", "The access token has expired");
    }
    if (error instanceof ApiError) throw error;
    throw invalidToken();
  }
}

const invalidToken = () => new ApiError("invalid_token", "The access token is invalid");

function keyOf(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}
