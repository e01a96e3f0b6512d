import { describe, expect, it } from "vitest";
import { loginHref, nextAfterSignIn, withNext } from "./next-path";

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
});
