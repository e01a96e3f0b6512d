import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { SERVERS, mainUrl } from "./e2e/servers";

// The system Chromium (Debian's package) when there is one: nothing to download.
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const baseURL = mainUrl;

// `npm run e2e:demo` sets E2E_DEMO: the report becomes the demo, with a trace and a
// screenshot of every story and an HTML report to browse them step by step.
const demoRun = !!process.env.E2E_DEMO;

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
    screenshot: demoRun ? "on" : "off",
    launchOptions: {
      executablePath: chromiumPath,
      args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
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
  ],
  webServer: Object.entries(SERVERS).map(([name, server]) => ({
    command: `node scripts/e2e-server.mjs ${name}`,
    url: `http://localhost:${server.port}/api/v1/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      ...server.env,
      PORT: String(server.port),
      DATABASE_URL: `file:./.e2e/${name}.db`,
      JWT_SECRET: "e2e-secret-used-only-by-the-test-servers-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
