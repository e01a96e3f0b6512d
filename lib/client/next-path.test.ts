import { describe, expect, it } from "vitest";
import { loginUrlAfterExpiry, safeNextPath } from "./next-path";

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

  it("builds the login URL for an expired session", () => {
    expect(loginUrlAfterExpiry("/checkout?x=1")).toBe("/login?next=%2Fcheckout%3Fx%3D1&reason=session_expired");
  });
});
