import { describe, expect, it } from "vitest";
import { loginHref, loginUrlAfterExpiry, nextAfterSignIn, safeNextPath, withNext } from "./next-path";

describe("safeNextPath", () => {
  it("follows paths on this site", () => {
    expect(safeNextPath("/checkout?step=2")).toBe("/checkout?step=2");
    expect(safeNextPath("/products/desk-lamp#reviews")).toBe("/products/desk-lamp#reviews");
  });

  it.each([null, "", "https://evil.example", "//evil.example", "/\\evil.example", "/\tevil", "javascript:alert(1)"])(
    "refuses %j and falls back",
    (next) => {
      expect(safeNextPath(next)).toBe("/");
      expect(safeNextPath(next, "/account")).toBe("/account");
    },
  );
});

describe("nextAfterSignIn", () => {
  it("keeps paths on this site, with their query", () => {
    expect(nextAfterSignIn("/checkout")).toBe("/checkout");
    expect(nextAfterSignIn("/products?q=mug&page=2")).toBe("/products?q=mug&page=2");
  });

  it("refuses other sites and falls back to the home page", () => {
    for (const next of ["https://evil.example/", "//evil.example/path", "/\\evil.example", "/\t/evil.example", "", null]) {
      expect(nextAfterSignIn(next), String(next)).toBe("/");
    }
  });

  it("never leads back to the sign-in pages", () => {
    expect(nextAfterSignIn("/login?next=/cart")).toBe("/");
    expect(nextAfterSignIn("/register#top")).toBe("/");
    expect(nextAfterSignIn("/login-help")).toBe("/login-help");
  });
});

describe("loginHref and withNext", () => {
  it("carry the destination along", () => {
    expect(loginHref("/checkout")).toBe("/login?next=%2Fcheckout");
    expect(loginHref("/cart?x=1")).toBe("/login?next=%2Fcart%3Fx%3D1");
    expect(loginHref("/")).toBe("/login");
    expect(loginHref("/login")).toBe("/login");
    expect(withNext("/register", "/orders")).toBe("/register?next=%2Forders");
    expect(withNext("/login", "/")).toBe("/login");
  });

  it("build the login URL for an expired session, which says why", () => {
    expect(loginUrlAfterExpiry("/checkout?x=1")).toBe("/login?next=%2Fcheckout%3Fx%3D1&reason=session_expired");
    expect(loginUrlAfterExpiry("/")).toBe("/login?reason=session_expired");
    expect(loginUrlAfterExpiry("//evil.example")).toBe("/login?reason=session_expired");
  });
});
