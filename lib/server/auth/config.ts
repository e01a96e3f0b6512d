import "server-only";
// The knobs of the two-token flow, read from the settings once per call site. Tests
// pass their own values (a 3-second access token, grace 0) without touching env.
import { getEnv, type Env } from "@/lib/server/env";

export type AuthConfig = {
  secret: string;
  issuer: string;
  audience: string;
  accessTtlSeconds: number;
  refreshTtlSeconds: number;
  sessionMaxSeconds: number;
  reuseGraceSeconds: number;
  /** Failed logins one client address may have in 15 minutes; 0 turns the limit off. */
  loginAddressMaxFailures: number;
};

export function authConfig(env: Env = getEnv()): AuthConfig {
  return {
    secret: env.JWT_SECRET,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    accessTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    sessionMaxSeconds: env.SESSION_MAX_SECONDS,
    reuseGraceSeconds: env.REFRESH_REUSE_GRACE_SECONDS,
    loginAddressMaxFailures: env.LOGIN_IP_MAX_FAILURES,
  };
}

/** Whole seconds from `now` until `until`, never negative. */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(0, Math.floor((until.getTime() - now.getTime()) / 1000));
}

export function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + seconds * 1000);
}
