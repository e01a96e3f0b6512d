import "server-only";
// A real, throwaway database per test file, built from the committed migrations, so
// unit tests exercise the same schema and SQL as the app: a SQLite file by default, or
// a fresh database on the PostgreSQL server of TEST_DATABASE_URL (npm run test:postgres).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { PrismaPg } from "@prisma/adapter-pg";
import { createDb, type Db, type DbOptions } from "@/lib/server/db";

declare module "vitest" {
  export interface ProvidedContext {
    /** A postgresql:// URL to create test databases through, or "" for SQLite files. */
    testDatabaseUrl: string;
    /** Names this run's PostgreSQL test databases begin with, so they can be swept afterwards. */
    testDatabasePrefix: string;
  }
}

type TestDb = { db: Db; cleanup: () => Promise<void> };
type AdapterFactory = PrismaLibSQL | PrismaPg;

export async function createTestDb(options: DbOptions = {}): Promise<TestDb> {
  const server = inject("testDatabaseUrl");
  return server ? createPostgresTestDb(server, options) : createSqliteTestDb(options);
}

/** Always SQLite, for tests of the SQLite setup itself (lib/server/sqlite.ts). */
export async function createSqliteTestDb(options: DbOptions = {}): Promise<TestDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  await applyMigrations(new PrismaLibSQL({ url }), path.join("prisma", "migrations"));
  return open(url, options, async () => fs.rmSync(dir, { recursive: true, force: true }));
}

async function createPostgresTestDb(server: string, options: DbOptions): Promise<TestDb> {
  const name = `${inject("testDatabasePrefix")}_unit_${randomBytes(4).toString("hex")}`;
  const admin = await new PrismaPg({ connectionString: server }).connect();
  await admin.executeScript(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(new PrismaPg({ connectionString: url.href }), path.join("prisma", "postgres", "migrations"));
  return open(url.href, options, async () => {
    await admin.executeScript(`DROP DATABASE "${name}" WITH (FORCE)`);
    await admin.dispose();
  });
}

/** Runs every committed migration.sql in order, as `prisma migrate deploy` would. */
async function applyMigrations(factory: AdapterFactory, dir: string): Promise<void> {
  const adapter = await factory.connect();
  try {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name, "migration.sql");
      if (fs.existsSync(file)) await adapter.executeScript(fs.readFileSync(file, "utf8"));
    }
  } finally {
    await adapter.dispose();
  }
}

async function open(url: string, options: DbOptions, remove: () => Promise<void>): Promise<TestDb> {
  const db = createDb(url, options);
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      await remove();
    },
  };
}
