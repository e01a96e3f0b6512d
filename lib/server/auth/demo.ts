import "server-only";
// Demo tools: a shortcut for the auth-flow inspector, so a learner can watch the
// 401 → refresh → retry dance now instead of waiting for the access token to expire.
// Enabled only by the DEMO_TOOLS setting; with it off the route does not exist.
import { signAccessToken } from "./access-token";
import type { AuthConfig } from "./config";
import type { Principal } from "./authenticate";

// Well past the verifier's 1-second clock tolerance, so the server reliably answers
// `token_expired`, yet recent enough to read as "it just ran out" in the inspector.
export const EXPIRED_SECONDS_AGO = 10;

/**
 * A correctly signed access token for the caller's own user and session whose `exp`
 * lies in the past: exactly what the client would hold had it waited out the TTL.
 * It grants nothing the caller does not already have (it is expired).
 */
export async function mintExpiredAccessToken(
  principal: Principal,
  { config, now }: { config: AuthConfig; now: Date },
): Promise<string> {
  const issuedAt = new Date(now.getTime() - (config.accessTtlSeconds + EXPIRED_SECONDS_AGO) * 1000);
  return signAccessToken(principal, { ...config, now: issuedAt, ttlSeconds: config.accessTtlSeconds });
}
