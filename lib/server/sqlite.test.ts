import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { createSqliteTestDb } from "@/lib/server/testing/test-db";

let db: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  // SQLite whatever the run's database: this file tests the SQLite connection itself.
  ({ db, cleanup } = await createSqliteTestDb());
});
afterAll(() => cleanup());

const product = (slug: string, stock = 0) => ({
  slug,
  name: slug,
  description: "",
  searchText: slug,
  priceCents: 100,
  currency: "USD",
  imageUrl: "/products/placeholder.svg",
  category: "Test",
  stock,
  createdAt: new Date("2026-01-01T00:00:00Z"),
});

describe("the SQLite connection", () => {
  it("runs in WAL mode without an fsync per commit", async () => {
    expect(await db.$queryRawUnsafe("PRAGMA journal_mode")).toEqual([{ journal_mode: "wal" }]);
    expect(await db.$queryRawUnsafe("PRAGMA synchronous")).toEqual([{ synchronous: 1 }]); // NORMAL
  });

  it("serves transactions on the same connection as everything else", async () => {
    // A TEMP table exists only on the connection that created it.
    await db.$executeRawUnsafe("CREATE TEMP TABLE probe (id INTEGER)");
    for (let round = 0; round < 2; round++) {
      await db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("INSERT INTO probe (id) VALUES (1)");
      });
      expect(await db.$queryRawUnsafe("SELECT count(*) AS n FROM probe")).toEqual([{ n: round + 1 }]);
    }
  });

  it("keeps a rolled-back transaction's writes out, and a query that waited for it in", async () => {
    const failing = db.$transaction(async (tx) => {
      await tx.product.create({ data: product("rolled-back") });
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error("abort");
    });
    // Sent while the transaction is open: it must wait, not run inside it and vanish with it.
    const outside = db.product.create({ data: product("outside") });
    await expect(failing).rejects.toThrow("abort");
    await outside;
    const slugs = (await db.product.findMany({ select: { slug: true } })).map((row) => row.slug);
    expect(slugs).toContain("outside");
    expect(slugs).not.toContain("rolled-back");
  });

  it("runs concurrent read-modify-write transactions one after another", async () => {
    const { id } = await db.product.create({ data: product("counter") });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.$transaction(async (tx) => {
          const { stock } = await tx.product.findUniqueOrThrow({ where: { id }, select: { stock: true } });
          await new Promise((resolve) => setImmediate(resolve));
          await tx.product.update({ where: { id }, data: { stock: stock + 1 } });
        }),
      ),
    );
    expect(await db.product.findUniqueOrThrow({ where: { id }, select: { stock: true } })).toEqual({ stock: 20 });
  });

  it("is usable after a transaction that failed on a constraint", async () => {
    await db.product.create({ data: product("unique-slug") });
    await expect(
      db.$transaction(async (tx) => {
        await tx.product.create({ data: product("unique-slug") });
      }),
    ).rejects.toThrow();
    await db.product.create({ data: product("after-failure") });
    expect(await db.product.count({ where: { slug: "after-failure" } })).toBe(1);
  });
});
