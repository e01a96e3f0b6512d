import "server-only";
// SQLite (through libSQL) set up for a web server: one connection for the process, in
// WAL mode. Measured with `npm run bench` (see bench/results.md): refreshes and logins
// were bound by SQLite's fsyncs and by a new connection for every transaction.
import {
  createClient,
  type Client,
  type Config,
  type InStatement,
  type ResultSet,
  type Transaction,
  type TransactionMode,
} from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

const PRAGMAS = [
  // Write-ahead log: a commit appends to one file instead of writing a rollback
  // journal and the pages. Persistent: it stays set in the database file.
  "PRAGMA journal_mode = WAL",
  // In WAL mode, NORMAL syncs at checkpoints instead of on every commit. A crash of the
  // server loses nothing and no power loss corrupts the file; a power loss can undo the
  // last commits (a shopper then signs in again). PostgreSQL is the path for more.
  "PRAGMA synchronous = NORMAL",
];

const BEGIN: Record<TransactionMode, string> = {
  write: "BEGIN IMMEDIATE",
  read: "BEGIN TRANSACTION READONLY",
  deferred: "BEGIN DEFERRED",
};

/**
 * Prisma's libSQL adapter with all work on one connection. The adapter already runs one
 * statement or one transaction at a time (a transaction holds its lock from BEGIN to
 * COMMIT), but @libsql/client opens a new connection for every transaction and leaves
 * the old one to the garbage collector: each parses the schema again, misses the
 * per-connection pragmas, and keeps its page cache until it is collected.
 */
export class SqliteAdapter extends PrismaLibSQL {
  override createClient(config: Config): Client {
    return oneConnection(createClient(config));
  }
}

function oneConnection(client: Client): Client {
  // Applied before the first statement; a failure (a locked file, say) is retried by the next one.
  let pragmas: Promise<void> | null = null;
  const ready = () =>
    (pragmas ??= (async () => {
      for (const pragma of PRAGMAS) await client.execute(pragma);
    })().catch((error: unknown) => {
      pragmas = null;
      throw error;
    }));
  const execute = async (stmt: InStatement) => {
    await ready();
    return client.execute(stmt);
  };
  return {
    execute,
    batch: async (stmts, mode) => {
      await ready();
      return client.batch(stmts, mode);
    },
    executeMultiple: async (sql) => {
      await ready();
      return client.executeMultiple(sql);
    },
    transaction: async (mode: TransactionMode = "write") => {
      await execute(BEGIN[mode]);
      return transactionOn(execute);
    },
    sync: () => client.sync(),
    close: () => client.close(),
    get closed() {
      return client.closed;
    },
    protocol: client.protocol,
  };
}

/** A transaction on the shared connection: every statement until COMMIT or ROLLBACK belongs to it. */
function transactionOn(execute: (stmt: InStatement) => Promise<ResultSet>): Transaction {
  let open = true;
  const inTransaction = (stmt: InStatement) => {
    if (!open) throw new Error("The transaction is closed");
    return execute(stmt);
  };
  const rollback = async () => {
    if (!open) return;
    open = false;
    await execute("ROLLBACK");
  };
  return {
    execute: inTransaction,
    batch: async (stmts) => {
      const results = [];
      for (const stmt of stmts) results.push(await inTransaction(stmt));
      return results;
    },
    // @libsql/client's executeMultiple ends any open transaction with a ROLLBACK, and
    // Prisma's adapter never sends a script inside a transaction.
    executeMultiple: async () => {
      throw new Error("executeMultiple is not available inside a transaction");
    },
    commit: async () => {
      if (!open) throw new Error("The transaction is closed");
      try {
        await execute("COMMIT");
        open = false;
      } catch (error) {
        // A failed COMMIT leaves the transaction open on the shared connection; end it,
        // or every later statement of the process would run inside it.
        await rollback().catch(() => {});
        throw error;
      }
    },
    rollback,
    close: () => {
      void rollback().catch(() => {});
    },
    get closed() {
      return !open;
    },
  };
}
