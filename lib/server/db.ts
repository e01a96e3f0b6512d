import "server-only";
// The one Prisma client of the server, on a driver adapter chosen from DATABASE_URL.
import { PrismaClient } from "./generated/sqlite/client";
import { getEnv } from "./env";
import { SqliteAdapter } from "./sqlite";

export type Db = PrismaClient;
/** The client handed to a `$transaction` callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// Interactive transactions on SQLite queue behind one another in the adapter; give a
// queued one time to start instead of failing under a burst of refreshes.
export const TX_OPTIONS = { maxWait: 15_000, timeout: 15_000 } as const;

export function createDb(url: string): Db {
  return new PrismaClient({ adapter: new SqliteAdapter({ url }) });
}

// Next's dev server re-evaluates modules on every change; keep one client per process.
const globalForDb = globalThis as unknown as { shopDb?: Db };

export function getDb(): Db {
  globalForDb.shopDb ??= createDb(getEnv().DATABASE_URL);
  return globalForDb.shopDb;
}
