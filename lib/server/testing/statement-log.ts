import "server-only";
// What a piece of server code sends to the database, statement by statement, recorded
// where Prisma hands SQL to its driver adapter. Every statement is a round trip (to the
// PostgreSQL server, or through libSQL's one connection), and on this stack each one
// Prisma builds also costs a query compilation on the main thread, so the tests that
// count them (lib/server/auth/round-trips.test.ts) catch a regression the benchmark
// would only show as a slower figure.
import type { SqlDriverAdapterFactory } from "@prisma/client/runtime/client";

type Adapter = Awaited<ReturnType<SqlDriverAdapterFactory["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;

/** The statements sent since the last `take()`, as their first keyword (`SELECT`, `UPDATE`, `BEGIN`…). */
export type StatementLog = { take: () => string[] };

/**
 * Wraps a driver adapter factory so that every statement its connections run is noted:
 * the queries, and BEGIN, COMMIT and ROLLBACK. The adapters differ in how a transaction
 * starts and ends (pg sends them as statements; libSQL's adapter calls its client, and
 * Prisma then sends no statement for them), so those are noted here, once each, the
 * same way for both databases.
 */
export function recordStatements(factory: SqlDriverAdapterFactory): { factory: SqlDriverAdapterFactory; log: StatementLog } {
  let statements: string[] = [];
  const note = (sql: string) => statements.push(firstKeyword(sql));
  const queries = <T extends Adapter | Transaction>(target: T, extra: Partial<T>): T =>
    new Proxy(target, {
      get(object, property) {
        if (property === "queryRaw" || property === "executeRaw") {
          return (query: { sql: string }) => {
            note(query.sql);
            return object[property](query as never);
          };
        }
        if (property in extra) return extra[property as keyof T];
        const value = Reflect.get(object, property);
        // The adapters keep private fields, which only their own instances may read.
        return typeof value === "function" ? value.bind(object) : value;
      },
    });

  const transaction = (tx: Transaction): Transaction => {
    // Without a phantom query Prisma sends COMMIT and ROLLBACK itself, as statements.
    const ending = (keyword: string, end: () => Promise<void>) => () => {
      if (tx.options.usePhantomQuery) note(keyword);
      return end();
    };
    return queries(tx, { commit: ending("COMMIT", () => tx.commit()), rollback: ending("ROLLBACK", () => tx.rollback()) });
  };

  const wrapped: SqlDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      return queries(adapter, {
        startTransaction: async (isolationLevel) => {
          note("BEGIN");
          return transaction(await adapter.startTransaction(isolationLevel));
        },
      });
    },
  };
  return {
    factory: wrapped,
    log: {
      take: () => {
        const taken = statements;
        statements = [];
        return taken;
      },
    },
  };
}

function firstKeyword(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toUpperCase() ?? sql;
}
