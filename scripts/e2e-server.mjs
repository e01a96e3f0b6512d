// Starts one production server for the Playwright suites (playwright.config.ts passes its
// settings in the environment). With E2E_FRESH_DATABASE=1 it starts on a fresh database
// (a new SQLite file, or a new database on the PostgreSQL server of TEST_DATABASE_URL)
// and drops a PostgreSQL one when it stops; with 0 it joins the database another server
// of the run created, as a second instance behind a load balancer would.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createDatabase, databaseName, dropDatabase, isPostgresUrl } from "./postgres-databases.mjs";

const url = process.env.DATABASE_URL ?? "";
const fresh = process.env.E2E_FRESH_DATABASE === "1";
const postgres = isPostgresUrl(url);
const server = process.env.TEST_DATABASE_URL;

if (fresh && postgres) {
  await createDatabase(server, databaseName(url));
} else if (fresh) {
  const file = url.replace(/^file:/, "");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-journal", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
}

const child = spawn("npm", ["start"], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  if (fresh && postgres) {
    await dropDatabase(server, databaseName(url)).catch((error) => console.error(`Could not drop the test database: ${error.message}`));
  }
  process.exit(code ?? 1);
});
