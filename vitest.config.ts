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
  },
});
