import "server-only";
// Demo tools: a shortcut for the auth-flow inspector, so a learner can watch the
// 401 → refresh → retry dance now instead of waiting for the access token to expire.
// Enabled only by the DEMO_TOOLS setting; with it off the route does not exist.
import { getEnv, type Env } from "@/lib/server/env";
import { EXPIRED_SECONDS_AGO, type InspectorConfig } from "@/lib/shared/inspector-config";
import { signAccessToken } from "./access-token";
import type { AuthConfig } from "./config";
import type { Principal } from "./authenticate";

/**
 * A correctly signed access token for the caller's own user and session whose `exp`
 * lies in the past: exactly what the client would hold had it waited out the TTL.
 * It grants nothing the caller does not already have (it is expired).
 */
export async function mintExpiredAccessToken(principal: Principal, { config, now }: { config: AuthConfig; now: Date }): Promise<string> {
  const issuedAt = new Date(now.getTime() - (config.accessTtlSeconds + EXPIRED_SECONDS_AGO) * 1000);
  return signAccessToken(principal, { ...config, now: issuedAt, ttlSeconds: config.accessTtlSeconds });
}

/** What the inspector page may know of the settings: nothing secret, all of it shown to the learner. */
export function inspectorConfig(env: Env = getEnv()): InspectorConfig {
  return {
    accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    reuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    demoTools: env.DEMO_TOOLS,
  };
}
