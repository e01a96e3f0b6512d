import "server-only";
// A real, throwaway SQLite database per test file, built from the committed
// migrations, so unit tests exercise the same schema and SQL as the app.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { createDb, type Db } from "@/lib/server/db";

export async function createTestDb(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  const client = createClient({ url });
  for (const name of fs.readdirSync(migrations).sort()) {
    const file = path.join(migrations, name, "migration.sql");
    if (fs.existsSync(file)) await client.executeMultiple(fs.readFileSync(file, "utf8"));
  }
  client.close();
  const db = createDb(url);
  return {
    db,
    cleanup: async () => {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
