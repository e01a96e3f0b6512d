// `npm test`: type check, lint (ESLint) and format check (Prettier), unit tests (Vitest),
// production build, then the HTTP and browser suites (Playwright) against that build.
// Stops at the first failing step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(" ")}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  const seconds = Math.round((Date.now() - started) / 1000);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed (exit code ${result.status ?? result.signal}, ${seconds} s).`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

/** Playwright drives a real Chromium: the system one, or Playwright's own, or we install one. */
async function ensureChromium() {
  if (env.PLAYWRIGHT_CHROMIUM_PATH && fs.existsSync(env.PLAYWRIGHT_CHROMIUM_PATH)) return;
  if (fs.existsSync("/usr/bin/chromium")) return;
  const { chromium } = await import("@playwright/test");
  if (fs.existsSync(chromium.executablePath())) return;
  const isRootOnDebian = process.getuid?.() === 0 && fs.existsSync("/usr/bin/apt-get");
  if (isRootOnDebian) {
    run("Install Chromium", "apt-get", ["update"]);
    run("Install Chromium", "apt-get", ["install", "-y", "chromium"]);
    return;
  }
  console.error(
    "\nNo Chromium for the browser tests. Install one, then run `npm test` again:\n" +
      "  sudo apt-get install -y chromium        (Debian/Ubuntu; used from /usr/bin/chromium)\n" +
      "  npx playwright install chromium         (Playwright's own build; needs network)\n" +
      "or point PLAYWRIGHT_CHROMIUM_PATH at an existing Chromium or Chrome binary.",
  );
  process.exit(1);
}

await ensureChromium();
run("Type check", "node_modules/.bin/tsc", ["--noEmit"]);
run("Lint", "node_modules/.bin/eslint", [".", "--max-warnings", "0"]);
run("Format check", "node_modules/.bin/prettier", ["--check", "."]);
// The script sets Redocly's switches for no update check and no usage data.
run("OpenAPI lint", "npm", ["run", "--silent", "lint:api"]);
run("Unit tests", "node_modules/.bin/vitest", ["run"]);
run("Production build", "node_modules/.bin/next", ["build"]);
run("HTTP and browser tests", "node_modules/.bin/playwright", ["test", ...process.argv.slice(2)]);
