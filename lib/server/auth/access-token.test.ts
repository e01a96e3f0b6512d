import { SignJWT, base64url } from "jose";
import { describe, expect, it } from "vitest";
import { outcomeOf } from "@/lib/server/testing/outcome";
import { signAccessToken, verifyAccessToken } from "./access-token";
import { testConfig as config } from "./test-config";
import { generateRefreshToken } from "./refresh-token";

const now = new Date("2026-01-01T12:00:00Z");
const subject = { userId: "user-1", sessionId: "session-1" };
const sign = (overrides: Partial<typeof config> = {}, at = now) =>
  signAccessToken(subject, { ...config, ...overrides, now: at, ttlSeconds: config.accessTtlSeconds });
const verify = (token: string, at = now, overrides: Partial<typeof config> = {}) =>
  verifyAccessToken(token, { ...config, ...overrides, now: at });

function decodePart(token: string, index: 0 | 1): Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(base64url.decode(token.split(".")[index]!)));
}

describe("access tokens", () => {
  it("signs the claims of docs/api.md and verifies them", async () => {
    const token = await sign();
    expect(decodePart(token, 0)).toEqual({ alg: "HS256", typ: "at+jwt" });
    const payload = decodePart(token, 1);
    expect(payload).toMatchObject({ sub: "user-1", sid: "session-1", iss: "shop", aud: "shop-api" });
    expect(payload.exp).toBe((payload.iat as number) + 60);
    expect(typeof payload.jti).toBe("string");
    await expect(verify(token)).resolves.toMatchObject({ userId: "user-1", sessionId: "session-1" });
  });

  it("gives every token a unique jti", async () => {
    const [a, b] = await Promise.all([sign(), sign()]);
    expect(decodePart(a, 1).jti).not.toBe(decodePart(b, 1).jti);
  });

  it("expires through the injected clock, with at most one second of tolerance", async () => {
    const token = await sign();
    const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);
    expect(await outcomeOf(verify(token, at(59)))).toBe("ok");
    // At exp itself only the one second of tolerance keeps it valid; a second later it is over.
    expect(await outcomeOf(verify(token, at(60)))).toBe("ok");
    expect(await outcomeOf(verify(token, at(61)))).toBe("token_expired");
  });

  it("rejects alg none", async () => {
    const header = base64url.encode(JSON.stringify({ alg: "none", typ: "at+jwt" }));
    const body = base64url.encode(JSON.stringify(decodePart(await sign(), 1)));
    expect(await outcomeOf(verify(`${header}.${body}.`))).toBe("invalid_token");
  });

  it("rejects another algorithm signed with the same secret", async () => {
    const token = await new SignJWT({ sid: "session-1" })
      .setProtectedHeader({ alg: "HS512", typ: "at+jwt" })
      .setSubject("user-1")
      .setIssuer("shop")
      .setAudience("shop-api")
      .setIssuedAt(Math.floor(now.getTime() / 1000))
      .setExpirationTime(Math.floor(now.getTime() / 1000) + 60)
      .setJti("x")
      .sign(new TextEncoder().encode(config.secret));
    expect(await outcomeOf(verify(token))).toBe("invalid_token");
  });

  it("rejects a tampered payload", async () => {
    const [header, , signature] = (await sign()).split(".");
    const forged = base64url.encode(JSON.stringify({ ...decodePart(await sign(), 1), sub: "admin" }));
    expect(await outcomeOf(verify(`${header}.${forged}.${signature}`))).toBe("invalid_token");
  });

  it("rejects a token signed with another key, even an expired one", async () => {
    const token = await sign({ secret: "another-secret-that-is-also-32-bytes-long!" });
    expect(await outcomeOf(verify(token))).toBe("invalid_token");
    expect(await outcomeOf(verify(token, new Date(now.getTime() + 3600_000)))).toBe("invalid_token");
  });

  it.each([
    ["issuer", { issuer: "someone-else" }],
    ["audience", { audience: "another-api" }],
  ] as const)("rejects the wrong %s", async (_, overrides) => {
    expect(await outcomeOf(verify(await sign(overrides)))).toBe("invalid_token");
  });

  it("rejects a JWT of another typ signed with the same key", async () => {
    const token = await new SignJWT({ sid: "session-1" })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject("user-1")
      .setIssuer("shop")
      .setAudience("shop-api")
      .setIssuedAt()
      .setExpirationTime("1h")
      .setJti("x")
      .sign(new TextEncoder().encode(config.secret));
    expect(await outcomeOf(verify(token, new Date()))).toBe("invalid_token");
  });

  it("rejects a refresh token and any other string", async () => {
    for (const token of [generateRefreshToken(), "not-a-jwt", "a.b.c", "...."]) {
      expect(await outcomeOf(verify(token))).toBe("invalid_token");
    }
  });
});
