// Which database a DATABASE_URL names, in one place for the app (lib/server/db.ts,
// lib/server/env.ts), the Prisma CLI (prisma.config.ts), the scripts and the tests. Plain
// JavaScript, so the scripts that run under bare Node can import it too.

/** The embedded default: a SQLite file beside the schema. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/** `postgresql://` (or `postgres://`) is PostgreSQL; `file:` is SQLite. */
export const isPostgresUrl = (url) => /^postgres(ql)?:\/\//.test(url ?? "");

/** The two kinds of URL the shop can run on. */
export const isDatabaseUrl = (url) => isPostgresUrl(url) || /^file:/.test(url ?? "");
