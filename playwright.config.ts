import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { chromiumLaunchOptions } from "./e2e/chromium";
import { CLUSTER, E2E_JWT_SECRET, SERVERS, databaseUrl, mainUrl, postgresServer, type ServerSpec } from "./e2e/servers";

const baseURL = mainUrl;

// `npm run e2e:demo` sets E2E_DEMO: the report becomes the demo, with a trace of every
// story (its steps carry their own pictures) and an HTML report to browse them step by step.
const demoRun = !!process.env.E2E_DEMO;

// TEST_DATABASE_URL=postgresql://… (npm run test:postgres): each server gets a fresh
// database on that PostgreSQL server instead of a SQLite file, and the cluster suite runs.
// One prefix per run for the names of its databases (workers inherit it with the environment).
process.env.TEST_DATABASE_PREFIX ??= `shop_test_${randomBytes(4).toString("hex")}`;

const servers: [string, ServerSpec][] = [...Object.entries(SERVERS), ...(postgresServer ? Object.entries(CLUSTER) : [])];
// Playwright starts the servers one after another, each once the one before answers, so
// the first server of a database creates it, and the others find it migrated and seeded.
const created = new Set<string>();

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI || demoRun ? [["list"], ["html", { open: "never" }]] : [["list"]],
  timeout: 60_000,
  use: {
    baseURL,
    trace: demoRun ? "on" : "retain-on-failure",
    // The demo stories attach a picture per step themselves (e2e/demo/story.ts).
    screenshot: "only-on-failure",
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    { name: "api", testDir: "e2e/api" },
    // A browser, two servers and the HTTP suite share two cores, and each flow waits out
    // real 3-second tokens: more time per test and per expectation than the HTTP tests need.
    {
      name: "ui",
      testDir: "e2e/ui",
      timeout: 120_000,
      expect: { timeout: 15_000 },
      use: { ...devices["Desktop Chrome"], baseURL },
    },
    // The browser stories told step by step (login → two tokens → expiry → refresh → retry).
    {
      name: "demo",
      testDir: "e2e/demo",
      timeout: 120_000,
      expect: { timeout: 15_000 },
      use: { ...devices["Desktop Chrome"], baseURL },
    },
    ...(postgresServer ? [{ name: "cluster", testDir: "e2e/cluster" }] : []),
  ],
  webServer: servers.map(([name, server]) => {
    const fresh = !created.has(server.database);
    created.add(server.database);
    return {
      name,
      command: `node scripts/e2e-server.mjs ${name}`,
      url: `http://localhost:${server.port}/api/v1/health`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      // SIGTERM, so the server that created a PostgreSQL database can drop it on the way out.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        ...server.env,
        PORT: String(server.port),
        DATABASE_URL: databaseUrl(server.database),
        E2E_FRESH_DATABASE: fresh ? "1" : "0",
        JWT_SECRET: E2E_JWT_SECRET,
        NEXT_TELEMETRY_DISABLED: "1",
      },
    };
  }),
});
