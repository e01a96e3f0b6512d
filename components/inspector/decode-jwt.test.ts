import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { decodeJwt } from "./decode-jwt";

describe("decodeJwt", () => {
  it("reads header and claims of a signed token, including non-ASCII text", async () => {
    const token = await new SignJWT({ sid: "s-1", name: "आशा ✓" })
      .setProtectedHeader({ alg: "HS256", typ: "at+jwt" })
      .setSubject("user-1")
      .setIssuedAt(1_000)
      .setExpirationTime(2_800)
      .sign(new TextEncoder().encode("a-key-of-at-least-thirty-two-bytes!!"));
    const decoded = decodeJwt(token);
    expect(decoded?.header).toEqual({ alg: "HS256", typ: "at+jwt" });
    expect(decoded?.claims).toEqual({ sid: "s-1", name: "आशा ✓", sub: "user-1", iat: 1_000, exp: 2_800 });
    expect(decoded?.parts.join(".")).toBe(token);
  });

  it("returns null for anything that is not three base64url JSON objects", () => {
    expect(decodeJwt("")).toBeNull();
    expect(decodeJwt("opaque-refresh-token")).toBeNull();
    expect(decodeJwt("a.b.c")).toBeNull();
    const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    expect(decodeJwt(`${part([1])}.${part({})}.sig`)).toBeNull();
    expect(decodeJwt(`${part({ alg: "HS256" })}.${part({ sub: "x" })}.sig`)).not.toBeNull();
  });
});
