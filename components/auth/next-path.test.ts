import { describe, expect, it } from "vitest";
import { loginHref, safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths on this site, with their query", () => {
    expect(safeNextPath("/checkout")).toBe("/checkout");
    expect(safeNextPath("/products?q=mug&page=2")).toBe("/products?q=mug&page=2");
    expect(safeNextPath("/orders/abc#items")).toBe("/orders/abc#items");
  });

  it("refuses anything that leaves the site", () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example/path",
      "/\\evil.example",
      "\\\\evil.example",
      "javascript:alert(1)",
      "evil.example",
      "/\t/evil.example",
      " /checkout",
    ]) {
      expect(safeNextPath(next), next).toBe("/");
    }
  });

  it("falls back when there is nothing, or a loop back to the sign-in pages", () => {
    expect(safeNextPath(null)).toBe("/");
    expect(safeNextPath("")).toBe("/");
    expect(safeNextPath("/login?next=/cart")).toBe("/");
    expect(safeNextPath("/register", "/account")).toBe("/account");
  });
});

describe("loginHref", () => {
  it("carries the path back and the reason", () => {
    expect(loginHref("/checkout")).toBe("/login?next=%2Fcheckout");
    expect(loginHref("/cart?x=1", "session_expired")).toBe("/login?next=%2Fcart%3Fx%3D1&reason=session_expired");
    expect(loginHref("/")).toBe("/login");
    expect(loginHref("https://evil.example")).toBe("/login");
  });
});
