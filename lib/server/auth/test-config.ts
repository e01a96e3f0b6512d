import "server-only";
// Settings for the auth unit tests: short, round numbers that make the arithmetic easy to read.
import type { AuthConfig } from "./config";

export const testConfig: AuthConfig = {
  secret: "unit-test-secret-that-is-at-least-32-bytes-long",
  issuer: "shop",
  audience: "shop-api",
  accessTtlSeconds: 60,
  refreshTtlSeconds: 600,
  sessionMaxSeconds: 3600,
  reuseGraceSeconds: 10,
  loginAddressMaxFailures: 8,
};
