// `npm run db:migration -- <name>`: after a change to prisma/schema.prisma, regenerates
// prisma/postgres/schema.prisma and writes one migration per database, each Prisma's
// SQL from that database's schema at the last commit to the one in the working tree.
// `prisma migrate diff` compares two schema files and needs no database and no network;
// `prisma migrate dev` would need a (shadow) database for each.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "./postgres-schema.mjs";
import { USAGE, checkMigrationName, newMigrationDir, utcTimestamp } from "./migration-paths.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const DATABASES = [
  { label: "SQLite", provider: "sqlite", schema: SQLITE_SCHEMA, migrations: "prisma/migrations" },
  { label: "PostgreSQL", provider: "postgresql", schema: POSTGRES_SCHEMA, migrations: "prisma/postgres/migrations" },
];

function git(args) {
  return spawnSync("git", args, { cwd: root, encoding: "utf8" });
}

/** A file's text in the last commit, or undefined when it is not there (or nothing is committed yet). */
function atHead(file) {
  if (git(["rev-parse", "--verify", "--quiet", "HEAD"]).status !== 0) return undefined;
  if (git(["cat-file", "-e", `HEAD:./${file}`]).status !== 0) return undefined;
  const shown = git(["show", `HEAD:./${file}`]);
  if (shown.status !== 0) throw new Error(`git show HEAD:${file} failed: ${shown.stderr.trim()}`);
  return shown.stdout;
}

/** Prisma's SQL from `from` (a schema's text, or undefined for an empty database) to the working tree's `schema`; undefined when nothing changes. */
function migrationSql({ schema }, from, tmp) {
  const source = from === undefined ? ["--from-empty"] : ["--from-schema-datamodel", path.join(tmp, "head.prisma")];
  if (from !== undefined) fs.writeFileSync(source[1], from);
  const args = ["migrate", "diff", ...source, "--to-schema-datamodel", path.join(root, schema), "--script", "--exit-code"];
  const result = spawnSync(path.join(root, "node_modules", ".bin", "prisma"), args, {
    cwd: root,
    encoding: "utf8",
    // The diff reads only the two schema files (its SQL dialect is each schema's provider),
    // but the CLI still opens the driver adapter of prisma.config.ts. A throwaway SQLite
    // file keeps it off the developer's database, and off a PostgreSQL server that a
    // postgresql:// DATABASE_URL would have it connect to.
    env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, "unused.db")}` },
  });
  // --exit-code: 0 for no difference, 2 for a difference, anything else an error.
  if (result.status === 0) return undefined;
  if (result.status === 2) return result.stdout;
  throw new Error(`prisma ${args.join(" ")} failed (exit code ${result.status}):\n${result.stdout}${result.stderr}`);
}

function main() {
  const [name, ...extra] = process.argv.slice(2);
  checkMigrationName(name);
  if (extra.length > 0) throw new Error(`One name only, not "${[name, ...extra].join(" ")}". ${USAGE}`);

  // Each migration is diffed from the last commit, so one not committed yet would be
  // written again, inside the new one.
  const uncommitted = git(["status", "--porcelain", "--untracked-files=all", "--", ...DATABASES.map((db) => db.migrations)]);
  if (uncommitted.status !== 0) throw new Error(`git status failed: ${uncommitted.stderr.trim()}`);
  if (uncommitted.stdout.trim() !== "") {
    throw new Error(
      `Migrations not committed yet:\n${uncommitted.stdout.trimEnd()}\n` +
        "A new migration starts from the last commit and would repeat their changes: commit them first, or delete them to write one migration for all the changes.",
    );
  }

  const generated = spawnSync(process.execPath, [path.join(root, "scripts", "generate-postgres-schema.mjs")], { stdio: "inherit" });
  if (generated.status !== 0) throw new Error("Could not generate the PostgreSQL schema.");

  const headSqlite = atHead(SQLITE_SCHEMA);
  // Before the PostgreSQL schema was committed, its last version is the one the last commit's SQLite schema gives.
  const headPostgres = atHead(POSTGRES_SCHEMA) ?? (headSqlite === undefined ? undefined : postgresSchemaFrom(headSqlite));
  const heads = { [SQLITE_SCHEMA]: headSqlite, [POSTGRES_SCHEMA]: headPostgres };

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "shop-migration-"));
  let changes;
  try {
    changes = DATABASES.map((db) => ({ ...db, sql: migrationSql(db, heads[db.schema], fs.mkdtempSync(path.join(tmp, "db-"))) }));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  if (changes.every((db) => db.sql === undefined)) {
    throw new Error(`No schema change since the last commit (${SQLITE_SCHEMA} gives the same tables at HEAD); nothing written.`);
  }

  // Every directory is chosen before any is written, so a refusal leaves nothing behind.
  const timestamp = utcTimestamp(new Date());
  const writes = changes
    .filter((db) => db.sql !== undefined)
    .map((db) => {
      const existing = fs.existsSync(path.join(root, db.migrations)) ? fs.readdirSync(path.join(root, db.migrations)) : [];
      return { ...db, dir: newMigrationDir(db.migrations, timestamp, name, existing) };
    });
  for (const db of writes) {
    fs.mkdirSync(path.join(root, db.dir), { recursive: true });
    const lock = path.join(root, db.migrations, "migration_lock.toml");
    if (!fs.existsSync(lock)) {
      fs.writeFileSync(
        lock,
        `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${db.provider}"\n`,
      );
    }
    fs.writeFileSync(path.join(root, db.dir, "migration.sql"), db.sql);
    console.log(`Wrote ${path.join(db.dir, "migration.sql")} (${db.label})`);
  }
  for (const db of changes.filter((change) => change.sql === undefined)) console.log(`${db.label}: no change, no migration.`);
  console.log(
    "\nRead them before committing: Prisma writes a renamed column or table as a drop and an add, which loses its data.\n" +
      `Then commit ${SQLITE_SCHEMA}, ${POSTGRES_SCHEMA} and the migrations together.`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
