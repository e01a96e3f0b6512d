// What the shop's commands say about the shop they started, in one wording for
// `npm run dev`, `npm start` and `npm run demo`: where it runs, on which database, and
// how to see the two-token flow (the demo account the seed creates, and the inspector).
import path from "node:path";
import { DEFAULT_DATABASE_URL } from "../lib/shared/database-url.mjs";

/** The account prisma/seed.ts creates on every database (scripts/banner.test.ts keeps the two equal). */
export const DEMO_ACCOUNT = { email: "user@example.com", password: "password123" };

/** The database a DATABASE_URL names, for people: the SQLite file, or PostgreSQL's host and database (never a password). */
export function describeDatabase(url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL) {
  if (url.startsWith("file:")) {
    const file = url.slice("file:".length).split("?")[0];
    const relative = path.relative(process.cwd(), path.resolve(file));
    return `SQLite ${relative.startsWith("..") ? path.resolve(file) : relative}`;
  }
  try {
    const { hostname, port, pathname } = new URL(url);
    return `PostgreSQL ${hostname}${port ? `:${port}` : ""}${pathname}`;
  } catch {
    return "PostgreSQL";
  }
}

/** The lines printed once the server listens. */
export function readyBanner({ port, dev, databaseUrl }) {
  const site = `http://localhost:${port}`;
  return [
    `✓ The shop is ready on ${site}${dev ? " (development)" : ""}`,
    `  Database: ${describeDatabase(databaseUrl)}`,
    `  Demo account: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`,
    `  Watch the tokens: ${site}/how-sign-in-works, or the Token inspector button at the bottom right of every page`,
  ].join("\n");
}
