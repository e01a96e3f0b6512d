// The first thing `npm start` and `npm run dev` run (scripts/prepare-db.mjs), as a
// newcomer sees it: a bad setting stops it before the database is touched and before
// anything says ready; a good start names the database it uses, prints no Prisma
// warning, and leaves the demo account that the ready banner names able to sign in.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/server/auth/password";
import { createDb } from "@/lib/server/db";
import { DEMO_ACCOUNT, readyBanner } from "./banner.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-prepare-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function prepare(env: { NODE_ENV: "production"; JWT_SECRET: string; DATABASE_URL: string }) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/prepare-db.mjs"], {
    encoding: "utf8",
    // Only what the test sets: no DATABASE_URL or JWT_SECRET leaks in from the shell.
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const strong = "a-production-secret-of-at-least-32-bytes-0123456789";

describe("npm start's preparation step", () => {
  it("exits non-zero on a short JWT_SECRET before any migration and before anything is ready", () => {
    const database = path.join(dir, "refused.db");
    const { status, output } = prepare({ NODE_ENV: "production", JWT_SECRET: "short", DATABASE_URL: `file:${database}` });
    expect(status).not.toBe(0);
    expect(output).toContain("The shop cannot start.");
    expect(output).toContain("JWT_SECRET is too short (5 bytes)");
    expect(output).not.toMatch(/ready|migration/i);
    expect(fs.existsSync(database)).toBe(false);
  });

  it("names the database it prepares, prints no Prisma warning, and seeds the demo account", async () => {
    const database = path.join(dir, "demo.db");
    const { status, output } = prepare({ NODE_ENV: "production", JWT_SECRET: strong, DATABASE_URL: `file:${database}` });
    expect(status, output).toBe(0);
    expect(output).toContain(`Database: SQLite ${database}`);
    expect(output).toContain("All migrations have been successfully applied.");
    expect(output).not.toMatch(/warning|dev\.db|Datasource/i);

    const db = createDb(`file:${database}`);
    try {
      const user = await db.user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email } });
      expect(await verifyPassword(user.passwordHash, DEMO_ACCOUNT.password)).toBe(true);
    } finally {
      await db.$disconnect();
    }
  }, 60_000);
});

describe("the ready banner", () => {
  it("names the address, the database, the demo account and where to watch the tokens", () => {
    const banner = readyBanner({ port: 3000, dev: true, databaseUrl: "file:./prisma/dev.db" });
    expect(banner).toContain("http://localhost:3000 (development)");
    expect(banner).toContain("Database: SQLite prisma/dev.db");
    expect(banner).toContain("Demo account: user@example.com / password123");
    expect(banner).toContain("http://localhost:3000/how-sign-in-works");
    const production = readyBanner({ port: 8080, dev: false, databaseUrl: "postgresql://shop:secret@db.internal:5432/shop" });
    expect(production).toContain("Database: PostgreSQL db.internal:5432/shop");
    expect(production).not.toContain("secret");
  });
});
