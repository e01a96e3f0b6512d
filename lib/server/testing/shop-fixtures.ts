import "server-only";
// Rows for the shop's unit tests, written straight to a test database.
import type { Db } from "@/lib/server/db";
import { productSearchText } from "@/lib/server/shop/search-text";

let counter = 0;

export async function createUser(db: Db): Promise<string> {
  counter += 1;
  const user = await db.user.create({
    data: { email: `shopper-${counter}@example.com`, name: "Shopper", passwordHash: "not-a-real-hash", createdAt: new Date() },
    select: { id: true },
  });
  return user.id;
}

type ProductFields = { name?: string; priceCents?: number; stock?: number; currency?: string };

export async function createProduct(db: Db, fields: ProductFields = {}): Promise<string> {
  counter += 1;
  const name = fields.name ?? `Product ${counter}`;
  const description = `The description of ${name}.`;
  const product = await db.product.create({
    data: {
      slug: `product-${counter}`,
      name,
      description,
      searchText: productSearchText({ name, description }),
      priceCents: fields.priceCents ?? 1000,
      currency: fields.currency ?? "USD",
      imageUrl: "/products/placeholder.svg",
      category: "Test",
      stock: fields.stock ?? 10,
      createdAt: new Date(),
    },
    select: { id: true },
  });
  return product.id;
}
