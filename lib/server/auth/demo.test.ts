import { base64url } from "jose";
import { describe, expect, it } from "vitest";
import { outcomeOf } from "@/lib/server/testing/outcome";
import { verifyAccessToken } from "./access-token";
import { parseEnv } from "@/lib/server/env";
import { EXPIRED_SECONDS_AGO } from "@/lib/shared/inspector-config";
import { inspectorConfig, mintExpiredAccessToken } from "./demo";
import { testConfig as config } from "./test-config";

const now = new Date("2026-01-01T12:00:00Z");
const principal = { userId: "user-1", sessionId: "session-1" };

const payloadOf = (token: string) => JSON.parse(new TextDecoder().decode(base64url.decode(token.split(".")[1]!))) as Record<string, unknown>;

describe("mintExpiredAccessToken", () => {
  it("signs the caller's own claims with an exp in the past and a full lifetime before it", async () => {
    const token = await mintExpiredAccessToken(principal, { config, now });
    const payload = payloadOf(token);
    const nowSeconds = now.getTime() / 1000;
    expect(payload).toMatchObject({ sub: "user-1", sid: "session-1", iss: "shop", aud: "shop-api" });
    expect(payload.exp).toBe(nowSeconds - EXPIRED_SECONDS_AGO);
    expect(payload.iat).toBe(nowSeconds - EXPIRED_SECONDS_AGO - config.accessTtlSeconds);
  });

  it("is refused as token_expired (a genuine token), not invalid_token", async () => {
    const token = await mintExpiredAccessToken(principal, { config, now });
    expect(await outcomeOf(verifyAccessToken(token, { ...config, now }))).toBe("token_expired");
  });

  it("would still verify at a moment before its exp: only time makes it fail", async () => {
    const token = await mintExpiredAccessToken(principal, { config, now });
    const before = new Date(now.getTime() - (EXPIRED_SECONDS_AGO + 5) * 1000);
    await expect(verifyAccessToken(token, { ...config, now: before })).resolves.toMatchObject(principal);
  });
});

describe("inspectorConfig", () => {
  it("passes on the token lifetime, the grace window and the demo-tools switch, nothing else", () => {
    const env = parseEnv({ NODE_ENV: "test", ACCESS_TOKEN_TTL_SECONDS: "30", REFRESH_REUSE_GRACE_SECONDS: "4", DEMO_TOOLS: "1" });
    expect(inspectorConfig(env)).toEqual({ accessTtlSeconds: 30, reuseGraceSeconds: 4, demoTools: true });
    expect(inspectorConfig(parseEnv({ NODE_ENV: "test" })).demoTools).toBe(false);
  });
});
