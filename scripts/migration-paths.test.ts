// The rules of `npm run db:migration -- <name>` (scripts/db-migration.mjs): which names
// it takes, the timestamp it dates a migration with, and where the migration goes.
import { describe, expect, it } from "vitest";
import { checkMigrationName, newMigrationDir, utcTimestamp } from "./migration-paths.mjs";

describe("a migration's name", () => {
  it("is snake_case", () => {
    for (const name of ["add_product_note", "retire", "v2_prices", "add_2fa"]) expect(checkMigrationName(name)).toBe(name);
  });

  it("is required", () => {
    expect(() => checkMigrationName(undefined)).toThrow(/No migration name.*npm run db:migration -- <name>/);
    expect(() => checkMigrationName("")).toThrow(/No migration name/);
  });

  it("is refused in any other case", () => {
    for (const name of ["AddNote", "add-note", "add note", "add__note", "_add", "add_", "2fa", "add_Note", "../up", "add_note\n"]) {
      expect(() => checkMigrationName(name), name).toThrow(/is not snake_case/);
    }
  });
});

describe("a migration's timestamp", () => {
  it("is the UTC time as YYYYMMDDHHMMSS", () => {
    expect(utcTimestamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe("20260102030405");
  });

  it("does not depend on the machine's time zone", () => {
    // Node applies a changed TZ at once, so a local-time timestamp fails here on a UTC machine too.
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Kolkata";
    try {
      expect(utcTimestamp(new Date("2026-12-31T23:59:59-05:00"))).toBe("20270101045959");
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe("a migration's directory", () => {
  const existing = ["20261127000000_init", "20261202000000_login_attempt_keys", "migration_lock.toml"];

  it("is <timestamp>_<name> in the database's migrations", () => {
    expect(newMigrationDir("prisma/postgres/migrations", "20261203081825", "add_note", existing)).toBe(
      "prisma/postgres/migrations/20261203081825_add_note",
    );
    expect(newMigrationDir("prisma/migrations", "20261203081825", "add_note", [])).toBe("prisma/migrations/20261203081825_add_note");
  });

  it("must come after every existing migration, in the name order Prisma applies them in", () => {
    expect(() => newMigrationDir("prisma/migrations", "20261201000000", "add_note", existing)).toThrow(
      /prisma\/migrations\/20261202000000_login_attempt_keys would come after 20261201000000_add_note/,
    );
    // Same second, but a name that sorts first.
    expect(() => newMigrationDir("prisma/migrations", "20261202000000", "add_note", existing)).toThrow(/would come after/);
    // The same directory again.
    expect(() => newMigrationDir("prisma/migrations", "20261203081825", "add_note", [...existing, "20261203081825_add_note"])).toThrow(
      /would come after/,
    );
  });

  it("takes only a valid name and timestamp", () => {
    expect(() => newMigrationDir("prisma/migrations", "20261203081825", "Add", existing)).toThrow(/snake_case/);
    expect(() => newMigrationDir("prisma/migrations", "2026-12-03", "add_note", existing)).toThrow(/YYYYMMDDHHMMSS/);
  });
});
