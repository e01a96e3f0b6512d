import { describe, expect, it } from "vitest";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "./password";

describe("password hashing", () => {
  it("hashes with argon2id and a random salt, and verifies", async () => {
    const [a, b] = await Promise.all([hashPassword("password123"), hashPassword("password123")]);
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, "password123")).toBe(true);
    expect(await verifyPassword(a, "password124")).toBe(false);
  });

  it("never matches a malformed stored hash or the dummy", async () => {
    expect(await verifyPassword("not-a-hash", "password123")).toBe(false);
    expect(await verifyAgainstDummy("password123")).toBe(false);
  });
});
