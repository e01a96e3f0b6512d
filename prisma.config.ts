// Prisma CLI configuration (generate, migrate, seed). DATABASE_URL's scheme picks the
// database: `file:` is SQLite (prisma/schema.prisma and prisma/migrations), and
// `postgresql://` is PostgreSQL (prisma/postgres/schema.prisma and its own migrations).
// The JavaScript schema engine with a driver adapter needs no native engine binary, so
// migrations work offline.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import { migrateAdapter } from "./prisma/postgres/migrate-adapter";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "./lib/shared/database-url.mjs";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const postgres = isPostgresUrl(url);
const dir = postgres ? path.join("prisma", "postgres") : "prisma";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations"), seed: "tsx --conditions=react-server prisma/seed.ts" },
  adapter: async () => (postgres ? migrateAdapter(url) : new PrismaLibSQL({ url })),
});
