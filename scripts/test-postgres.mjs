// `npm run test:postgres`: what the database changes, on PostgreSQL: the unit tests of
// the server code and the schemas (the ones that open a database), the HTTP suite, the
// multi-instance cluster suite, and one browser story end to end. The rest of the browser
// suites test the client, which never sees the database; `npm test` runs them (on SQLite).
// Each unit-test file and each Playwright server gets a fresh database on the server of
// DATABASE_URL (default: the local one), named with one prefix per run; all of them are
// dropped at the end, whatever happened.
//   --reuse-build   skip `next build` (CI runs this right after `npm test` built the same code)
// Other arguments replace the Playwright selection, e.g. `npm run test:postgres -- --project=cluster`.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { checkServer, dropDatabasesStartingWith, isPostgresUrl } from "./postgres-databases.mjs";

const server = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
if (!isPostgresUrl(server)) {
  console.error(`DATABASE_URL must be a postgresql:// URL for npm run test:postgres (it is "${server}").`);
  process.exit(1);
}
const args = process.argv.slice(2);
const reuseBuild = args.includes("--reuse-build");
const given = args.filter((arg) => arg !== "--reuse-build");
const DATABASE_SUITES = ["--project=api", "--project=cluster", "--project=demo", "e2e/api/", "e2e/cluster/", "e2e/demo/shopper-story"];
const playwrightArgs = given.length > 0 ? given : DATABASE_SUITES;

const prefix = `shop_test_${randomBytes(4).toString("hex")}`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", TEST_DATABASE_URL: server, TEST_DATABASE_PREFIX: prefix };
// Every server gets its own database (playwright.config.ts); none uses the one given here.
delete env.DATABASE_URL;

// Ctrl-C reaches the running step directly; this script stays to drop the databases.
process.on("SIGINT", () => {});

function step(title, command, commandArgs) {
  console.log(`\n▶ ${title}: ${command} ${commandArgs.join(" ")}`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { stdio: "inherit", env });
    child.on("exit", (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      if (code === 0) console.log(`✔ ${title} (${seconds} s)`);
      else console.error(`\n✖ ${title} failed (exit code ${code ?? signal}, ${seconds} s).`);
      resolve(code === 0);
    });
  });
}

let passed = false;
try {
  await checkServer(server);
  passed =
    (await step("Unit tests on PostgreSQL", "node_modules/.bin/vitest", ["run", "lib/server", "prisma"])) &&
    (reuseBuild || (await step("Production build", "node_modules/.bin/next", ["build"]))) &&
    (await step("HTTP, browser and cluster tests on PostgreSQL", "node_modules/.bin/playwright", ["test", ...playwrightArgs]));
} catch (error) {
  console.error(`\n✖ ${error.message}`);
} finally {
  const dropped = await dropDatabasesStartingWith(server, prefix).catch((error) => {
    console.error(`Could not drop the test databases ${prefix}_*: ${error.message}`);
    return [];
  });
  if (dropped.length > 0) console.log(`Dropped ${dropped.length} leftover test database(s): ${dropped.join(", ")}`);
}
process.exit(passed ? 0 : 1);
