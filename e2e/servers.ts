// The production servers the Playwright suites run against (started by playwright.config.ts),
// each on a throwaway database: a SQLite file, or with TEST_DATABASE_URL (npm run
// test:postgres) a fresh PostgreSQL database. Servers naming the same `database` share it.

import { isPostgresUrl } from "../lib/shared/database-url.mjs";

// E2E_PORT_BASE moves every server, so two checkouts can run their suites side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

export type ServerSpec = { port: number; database: string; env: Record<string, string> };

export const SERVERS = {
  // Short lifetimes so tests watch tokens expire; a 2 s grace window to test both sides of
  // it; the inspector's demo tools on ("Expire my access token now").
  main: {
    port: base,
    database: "main",
    env: { ACCESS_TOKEN_TTL_SECONDS: "3", REFRESH_REUSE_GRACE_SECONDS: "2", DEMO_TOOLS: "1" },
  },
  // Grace 0: every reuse is theft, and only one of many parallel refreshes can win.
  // Demo tools off, as in production: their endpoint must not exist here.
  strict: {
    port: base + 1,
    database: "strict",
    env: { ACCESS_TOKEN_TTL_SECONDS: "3", REFRESH_REUSE_GRACE_SECONDS: "0", DEMO_TOOLS: "0" },
  },
  // Behind a proxy, as far as it knows: X-Forwarded-Host and -Proto name the site, and
  // X-Forwarded-For the client. Three failed logins lock an address, so a test reaches the
  // limit quickly; each test sends its own addresses.
  edge: {
    port: base + 3,
    database: "edge",
    env: { TRUST_PROXY: "1", LOGIN_IP_MAX_FAILURES: "3" },
  },
  // Its origin set outright, whatever address a request was sent to; reached directly,
  // so the connection's peer is the client (a test connects from its own 127.0.0.x).
  fixedOrigin: {
    port: base + 4,
    database: "fixed_origin",
    env: { PUBLIC_ORIGIN: "https://shop.example", LOGIN_IP_MAX_FAILURES: "3" },
  },
} satisfies Record<string, ServerSpec>;

// PostgreSQL only: several instances of the app on one database, as behind a load
// balancer (e2e/cluster/), which is why they share one PUBLIC_ORIGIN. Two pairs, one
// with a 2 s grace window and one with none; default token lifetimes, so no access
// token expires in the middle of a race.
export const CLUSTER_ORIGIN = "http://shop.localhost";
const instance = (port: number, grace: string): ServerSpec => ({
  port,
  database: "cluster",
  env: { REFRESH_REUSE_GRACE_SECONDS: grace, PUBLIC_ORIGIN: CLUSTER_ORIGIN },
});
export const CLUSTER = {
  a: instance(base + 10, "2"),
  b: instance(base + 11, "2"),
  strictA: instance(base + 12, "0"),
  strictB: instance(base + 13, "0"),
} satisfies Record<string, ServerSpec>;

const urlOf = (server: ServerSpec) => `http://localhost:${server.port}`;

// TEST_DATABASE_URL=postgresql://… (npm run test:postgres): each database is a fresh
// PostgreSQL database on that server instead of a SQLite file.
export const postgresServer = isPostgresUrl(process.env.TEST_DATABASE_URL) ? process.env.TEST_DATABASE_URL : undefined;

/** The DATABASE_URL of a spec's database (playwright.config.ts sets TEST_DATABASE_PREFIX once per run). */
export function databaseUrl(database: string): string {
  if (!postgresServer) return `file:./.e2e/${database}.db`;
  const url = new URL(postgresServer);
  url.pathname = `/${process.env.TEST_DATABASE_PREFIX}_${database}`;
  return url.href;
}

/** Shared by every server: an access token signed by one instance is valid on all. */
export const E2E_JWT_SECRET = "e2e-secret-used-only-by-the-test-servers-0123456789";

/** A port for a server a test starts itself (e2e/cluster/crash.spec.ts), clear of the ones above. */
export const ownServerPort = base + 20;

export const mainUrl = urlOf(SERVERS.main);
export const strictUrl = urlOf(SERVERS.strict);
export const edgeUrl = urlOf(SERVERS.edge);
export const fixedOriginUrl = urlOf(SERVERS.fixedOrigin);
/** A server addressed by a loopback address instead of the name localhost. */
export const atAddress = (url: string, host: "127.0.0.1" | "[::1]") => url.replace("localhost", host);
export const clusterUrls = {
  a: urlOf(CLUSTER.a),
  b: urlOf(CLUSTER.b),
  strictA: urlOf(CLUSTER.strictA),
  strictB: urlOf(CLUSTER.strictB),
};
