import { randomBytes } from "node:crypto";
import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // Unit tests run outside React's server bundle, where "server-only" would throw.
      "server-only": path.join(root, "lib/server/testing/server-only-stub.ts"),
    },
  },
  test: {
    include: ["{lib,app,components,prisma,scripts}/**/*.test.{ts,tsx}"],
    environment: "node",
    pool: "forks",
    // npm run test:postgres sets these: each test file then gets a fresh PostgreSQL
    // database (lib/server/testing/test-db.ts) instead of a SQLite file.
    provide: {
      testDatabaseUrl: process.env.TEST_DATABASE_URL ?? "",
      testDatabasePrefix: process.env.TEST_DATABASE_PREFIX ?? `shop_test_${randomBytes(4).toString("hex")}`,
    },
    // Creating a database and running the migrations can take a while on a busy machine.
    hookTimeout: 60_000,
  },
});
