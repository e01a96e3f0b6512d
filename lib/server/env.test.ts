import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "./env";

// Each test runs in a directory of its own, where .env.local is whatever the test writes.
let dir: string;
let previous: string;
beforeEach(() => {
  previous = process.cwd();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-env-"));
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(previous);
  fs.rmSync(dir, { recursive: true, force: true });
});

const strong = "a-production-secret-of-at-least-32-bytes-0123456789";

describe("JWT_SECRET", () => {
  it("in development is generated once into .env.local and kept", () => {
    const first = parseEnv({ NODE_ENV: "development" }).JWT_SECRET;
    expect(fs.readFileSync(".env.local", "utf8")).toContain(`JWT_SECRET=${first}`);
    expect(parseEnv({ NODE_ENV: "development" }).JWT_SECRET).toBe(first);
  });

  it("in production refuses the key npm run dev generated, and says what to set", () => {
    const generated = parseEnv({ NODE_ENV: "development" }).JWT_SECRET;
    // What Next.js hands a production server after reading .env.local.
    expect(() => parseEnv({ NODE_ENV: "production", JWT_SECRET: generated })).toThrow(
      /development key that npm run dev generated in \.env\.local/,
    );
    expect(parseEnv({ NODE_ENV: "production", JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
  });

  it("in production accepts a key written into .env.local by hand", () => {
    fs.writeFileSync(".env.local", `JWT_SECRET=${strong}\n`);
    expect(parseEnv({ NODE_ENV: "production", JWT_SECRET: strong }).JWT_SECRET).toBe(strong);
  });

  it("in production is required and at least 32 bytes", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/JWT_SECRET is not set/);
    expect(() => parseEnv({ NODE_ENV: "production", JWT_SECRET: "short" })).toThrow(/too short \(5 bytes\)/);
  });
});
