// Runs before `npm run dev` and `npm start` (under tsx, so that it checks the settings
// with the app's own code): checks every setting, then applies pending migrations and
// seeds a database that has no products yet. Reads the same .env files as Next.js.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";
import pg from "pg";
import { checkSettingsOrExit } from "../lib/server/startup.ts";
import { describeDatabase } from "./banner.mjs";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "../lib/shared/database-url.mjs";

nextEnv.loadEnvConfig(process.cwd(), process.env.npm_lifecycle_event === "dev");
// First, so that a bad setting (a short JWT_SECRET, say) stops the start before the
// database is touched and before anything says it is ready.
checkSettingsOrExit();

function run(command, args, { quiet = false } = {}) {
  const result = spawnSync(command, args, { stdio: quiet ? ["inherit", "pipe", "pipe"] : "inherit", env: process.env, encoding: "utf8" });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout}${result.stderr}`);
    console.error(`\n${command} ${args.join(" ")} failed (exit code ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  if (quiet) process.stdout.write(withoutPrismaPreamble(result.stdout));
}

/**
 * Prisma's CLI opens with lines about its configuration, among them a warning that the
 * schema's datasource `url` is not used, and a "Datasource" line naming that unused URL's
 * file. Both are true but misleading here: the driver adapter connects to DATABASE_URL
 * (prisma.config.ts), and the schemas keep a literal `url` only because Prisma 6 requires
 * one (see the datasource comment in prisma/schema.prisma). So those lines are dropped,
 * and the database actually used is named once, above them.
 */
function withoutPrismaPreamble(output) {
  const lines = output.split("\n");
  const first = lines.findIndex((line) => /^\d+ migrations? found/.test(line));
  return (first === -1 ? lines : lines.slice(first)).join("\n").replace(/\n{3,}/g, "\n\n");
}

function prepare({ migrate }) {
  console.log(`Database: ${describeDatabase()}`);
  if (migrate) run("node_modules/.bin/prisma", ["migrate", "deploy"], { quiet: true });
  // react-server: lets the seed import server-only modules (the password hashing).
  run("node_modules/.bin/tsx", ["--conditions=react-server", "prisma/seed.ts"]);
}

// Any number that no other part of the app uses as an advisory lock ("shop" in ASCII).
const PREPARE_LOCK = 0x73686f70;

/**
 * Several instances of the app may start at once on one PostgreSQL database. They take
 * turns here, under an advisory lock held until this process exits, so the migrations
 * and the seed run one at a time. (Prisma's own migration lock is not enough: under
 * the JavaScript schema engine it gives up after 10 seconds, and it does not cover the seed.)
 */
async function preparePostgres(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PREPARE_LOCK]);
    // `prisma migrate deploy` costs ten seconds on PostgreSQL even with nothing to do
    // (its lock waits out a timer under the JavaScript engine), so a restart skips it
    // when every committed migration is already recorded as applied.
    prepare({ migrate: (await pendingMigrations(client)).length > 0 });
  } finally {
    await client.end();
  }
}

async function pendingMigrations(client) {
  const dir = path.join("prisma", "postgres", "migrations");
  const committed = fs.readdirSync(dir).filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")));
  let applied = new Set();
  try {
    const { rows } = await client.query(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    if (error.code !== "42P01") throw error; // undefined_table: nothing migrated yet
  }
  return committed.filter((name) => !applied.has(name));
}

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
if (isPostgresUrl(url)) await preparePostgres(url);
else prepare({ migrate: true });
