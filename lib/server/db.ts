import "server-only";
// The one Prisma client of the server, on a driver adapter chosen from DATABASE_URL's
// scheme: `file:` is SQLite through libSQL (the embedded default), `postgresql://` is
// PostgreSQL through pg. Both clients are generated at install time, so one build serves
// either database; switching DATABASE_URL takes a restart, not a rebuild.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { getEnv } from "./env";
import { SqliteAdapter } from "./sqlite";
import { isPostgresUrl } from "@/lib/shared/database-url.mjs";

export type Db = SqliteClient;
/** Prisma's generated argument and result types, the same for both clients (see createDb). */
export type { Prisma } from "./generated/sqlite/client";
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Interactive transactions on SQLite queue behind one another in the adapter (on
// PostgreSQL, for one of the pool's connections); give a queued one time to start
// instead of failing under a burst of refreshes.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

/** How a test sees the statements a client sends (lib/server/testing/statement-log.ts); the app passes none. */
export type DbOptions = { wrapAdapter?: (factory: SqlDriverAdapterFactory) => SqlDriverAdapterFactory };

export function createDb(url: string, { wrapAdapter = (factory) => factory }: DbOptions = {}): Db {
  if (isPostgresUrl(url)) {
    // Typing the PostgreSQL client as the SQLite client's type is sound: both are
    // generated from the same models (prisma/postgres/schema.prisma is written from
    // prisma/schema.prisma by `npm run db:schema`, and prisma/schema-parity.test.ts fails
    // when it is stale), so they have the same methods, arguments and results; only the
    // SQL they send differs.
    return new PostgresClient({ adapter: wrapAdapter(new PrismaPg({ connectionString: url })) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: wrapAdapter(new SqliteAdapter({ url })) });
}

/**
 * True for a unique-constraint violation (Prisma's P2002) from either client. Each
 * generated client has its own error classes, so `instanceof` with one of them would
 * miss the other's errors; the code is the same for both.
 */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && "code" in error && error.code === "P2002";
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForDb = globalThis as unknown as { shopDb?: Db };

export function getDb(): Db {
  globalForDb.shopDb ??= createDb(getEnv().DATABASE_URL);
  return globalForDb.shopDb;
}
