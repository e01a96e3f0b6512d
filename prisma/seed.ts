// Demo data: the demo shopper and the catalog. Idempotent: it adds only what is
// missing, so running it again never duplicates rows or resets stock.
import { createDb } from "@/lib/server/db";
import { databaseUrl } from "@/lib/server/env";
import { hashPassword } from "@/lib/server/auth/password";
import { productSearchText } from "@/lib/server/shop/search-text";
import { SHOP_CURRENCY } from "@/lib/shared/money";
import { products } from "./seed-data/products";

export const DEMO_USER = { email: "user@example.com", password: "password123", name: "Demo Shopper" } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  const db = createDb(databaseUrl());
  const now = Date.now();
  try {
    if (!(await db.user.findUnique({ where: { email: DEMO_USER.email }, select: { id: true } }))) {
      await db.user.create({
        data: {
          email: DEMO_USER.email,
          name: DEMO_USER.name,
          passwordHash: await hashPassword(DEMO_USER.password),
          createdAt: new Date(now),
        },
      });
    }
    const existing = new Set((await db.product.findMany({ select: { slug: true } })).map((row) => row.slug));
    const missing = products.filter((product) => !existing.has(product.slug));
    await db.product.createMany({
      data: missing.map(({ ageDays, ...product }) => ({
        ...product,
        currency: SHOP_CURRENCY,
        searchText: productSearchText(product),
        createdAt: new Date(now - ageDays * DAY_MS),
      })),
    });
    console.info(`Seeded ${missing.length} products (${existing.size} were there already).`);
  } finally {
    await db.$disconnect();
  }
}

await main();
