// Throwaway PostgreSQL databases for the test runs (npm run test:postgres, the Playwright
// servers): created on the server of a postgresql:// URL and dropped again, by name or by
// the prefix of one run.
import pg from "pg";

export { isPostgresUrl } from "../lib/shared/database-url.mjs";

/** The name of the database a URL points at. */
export const databaseName = (url) => decodeURIComponent(new URL(url).pathname.slice(1));

// A database name cannot be a query parameter, so it goes into the SQL text: only the
// names these scripts make are let through.
function checked(name) {
  if (!/^[a-z0-9_]{1,63}$/.test(name)) throw new Error(`Not a test database name: ${name}`);
  return name;
}

async function withServer(serverUrl, action) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await action(client);
  } finally {
    await client.end();
  }
}

/** Creates database `name` afresh, dropping a leftover of that name. */
export async function createDatabase(serverUrl, name) {
  await withServer(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${checked(name)}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${checked(name)}"`);
  });
}

export async function dropDatabase(serverUrl, name) {
  await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${checked(name)}" WITH (FORCE)`));
}

/** Drops every database whose name starts with `prefix`; returns their names. */
export async function dropDatabasesStartingWith(serverUrl, prefix) {
  return withServer(serverUrl, async (client) => {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [checked(prefix)]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${checked(datname)}" WITH (FORCE)`);
    return rows.map((row) => row.datname);
  });
}

/** Throws a readable error when the server cannot be reached. */
export async function checkServer(serverUrl) {
  try {
    await withServer(serverUrl, (client) => client.query("SELECT 1"));
  } catch (error) {
    const where = new URL(serverUrl);
    where.password = where.password ? "***" : "";
    throw new Error(`Cannot connect to PostgreSQL at ${where.href}: ${error.message}`);
  }
}
