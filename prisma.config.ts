// Prisma CLI configuration (generate, migrate). The JavaScript schema engine with a
// driver adapter needs no native engine binary, so migrations work offline.
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx --conditions=react-server prisma/seed.ts" },
  adapter: async () => new PrismaLibSQL({ url }),
});
