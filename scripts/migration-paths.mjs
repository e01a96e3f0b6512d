// Where `npm run db:migration -- <name>` writes a migration (scripts/db-migration.mjs),
// in pure functions so that their rules are tested.
import path from "node:path";

/** Lower-case words joined by single underscores, starting with a letter: add_product_note. */
const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

export const USAGE = "Usage: npm run db:migration -- <name>, a snake_case name such as add_product_note";

/** The migration's name, or an error saying what is wrong with it. */
export function checkMigrationName(name) {
  if (name === undefined || name === "") throw new Error(`No migration name. ${USAGE}`);
  if (!SNAKE_CASE.test(name)) throw new Error(`"${name}" is not snake_case. ${USAGE}`);
  return name;
}

/** YYYYMMDDHHMMSS in UTC, the prefix Prisma gives its own migrations, so the order does not depend on a time zone. */
export function utcTimestamp(date) {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

/**
 * `<migrationsDir>/<timestamp>_<name>`. Prisma applies migrations in the order of their
 * directory names, so a new one must sort after every existing one (`existing`: the
 * names in `migrationsDir`); otherwise a fresh database would get it before the tables
 * it changes (a clock set back, or a migration dated ahead by hand).
 */
export function newMigrationDir(migrationsDir, timestamp, name, existing) {
  if (!/^\d{14}$/.test(timestamp)) throw new Error(`"${timestamp}" is not a YYYYMMDDHHMMSS timestamp.`);
  const dir = `${timestamp}_${checkMigrationName(name)}`;
  const later = existing.filter((entry) => /^\d{14}_/.test(entry) && entry >= dir).sort();
  if (later.length > 0) {
    throw new Error(
      `${path.join(migrationsDir, later.at(-1))} would come after ${dir}, which Prisma applies in name order; ` +
        "check the clock (a migration that a database has applied keeps its name).",
    );
  }
  return path.join(migrationsDir, dir);
}
