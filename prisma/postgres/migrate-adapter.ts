// The driver adapter the Prisma CLI (migrate, db seed) uses on PostgreSQL.
//
// Prisma 6.19's JavaScript schema engine reads PostgreSQL's catalog, whose `name`
// columns @prisma/adapter-pg refuses to decode ("Column type 'name' could not be
// deserialized", prisma/prisma#27403), so `prisma migrate` fails on an empty database.
// A `name` is an identifier, i.e. text: this pool labels those columns as text before
// the adapter sees them, and changes nothing else.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

const NAME_OID = 19;
const TEXT_OID = 25;

function nameAsText<T>(result: T): T {
  const fields = (result as Partial<pg.QueryResult> | undefined)?.fields ?? [];
  for (const field of fields) if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  return result;
}

type Callback = (error: Error | null, result: unknown) => void;
type AnyQuery = (...args: unknown[]) => unknown;

/** Every query of `client`, in its promise or callback form (the pool uses the latter). */
function relabelResults(client: pg.PoolClient): void {
  const query = client.query.bind(client) as AnyQuery;
  client.query = ((...args: unknown[]) => {
    const callback = args.at(-1);
    if (typeof callback === "function") {
      args[args.length - 1] = ((error, result) => (callback as Callback)(error, nameAsText(result))) satisfies Callback;
      return query(...args);
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(nameAsText) : result;
  }) as typeof client.query;
}

export function migrateAdapter(connectionString: string): PrismaPg {
  const pool = new pg.Pool({ connectionString });
  pool.on("connect", relabelResults);
  // disposeExternalPool: the CLI exits as soon as it is done, not when idle connections time out.
  return new PrismaPg(pool, { disposeExternalPool: true });
}
