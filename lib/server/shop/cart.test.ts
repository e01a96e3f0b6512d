import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { apiErrorOf } from "@/lib/server/testing/outcome";
import { createProduct, createUser } from "@/lib/server/testing/shop-fixtures";
import { createTestDb } from "@/lib/server/testing/test-db";
import { addToCart, getCart, removeFromCart, setCartQuantity } from "./cart";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (ms: number) => ({ db, now: new Date(t0.getTime() + ms) });

describe("the cart", () => {
  it("adds to a line, keeps lines in the order they were added, and totals in cents", async () => {
    const userId = await createUser(db);
    const mug = await createProduct(db, { name: "Mug", priceCents: 1800 });
    const pen = await createProduct(db, { name: "Pen", priceCents: 2999 });
    await addToCart(userId, { product_id: mug, quantity: 1 }, at(0));
    await addToCart(userId, { product_id: pen, quantity: 2 }, at(1));
    const cart = await addToCart(userId, { product_id: mug, quantity: 3 }, at(2));

    expect(cart.items.map((line) => [line.name, line.quantity, line.line_total_cents])).toEqual([
      ["Mug", 4, 7200],
      ["Pen", 2, 5998],
    ]);
    expect(cart).toMatchObject({ subtotal_cents: 13198, currency: "USD", item_count: 6 });
  });

  it("checks the 99 limit before the stock, and a refused add changes nothing", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 50 });
    await addToCart(userId, { product_id: product, quantity: 40 }, at(0));

    const tooMany = await apiErrorOf(addToCart(userId, { product_id: product, quantity: 60 }, at(1)));
    expect(tooMany.code).toBe("invalid_request");
    expect(Object.keys(tooMany.details.fields as object)).toEqual(["quantity"]);

    const short = await apiErrorOf(addToCart(userId, { product_id: product, quantity: 11 }, at(2)));
    expect(short.code).toBe("out_of_stock");
    expect(short.details).toEqual({ items: [{ product_id: product, requested: 51, available: 50 }] });

    expect((await getCart(userId, { db })).items.map((line) => line.quantity)).toEqual([40]);
  });

  it("an unknown product is not_found", async () => {
    const userId = await createUser(db);
    expect((await apiErrorOf(addToCart(userId, { product_id: "no-such-product", quantity: 1 }, at(0)))).code).toBe("not_found");
    expect(await db.cartItem.count({ where: { userId } })).toBe(0);
  });

  it("sets a quantity, removes with 0, and refuses a line that is not there", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 5 });
    await addToCart(userId, { product_id: product, quantity: 1 }, at(0));

    expect((await setCartQuantity(userId, product, 5, { db })).item_count).toBe(5);
    const short = await apiErrorOf(setCartQuantity(userId, product, 6, { db }));
    expect(short.details).toEqual({ items: [{ product_id: product, requested: 6, available: 5 }] });
    expect((await setCartQuantity(userId, product, 0, { db })).items).toEqual([]);
    expect((await apiErrorOf(setCartQuantity(userId, product, 0, { db }))).code).toBe("not_found");
    expect((await apiErrorOf(setCartQuantity(userId, product, 2, { db }))).code).toBe("not_found");
  });

  it("removing a line that is not there still answers the cart", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db);
    await addToCart(userId, { product_id: product, quantity: 2 }, at(0));
    expect((await removeFromCart(userId, product, { db })).items).toEqual([]);
    expect(await removeFromCart(userId, product, { db })).toEqual({ items: [], subtotal_cents: 0, currency: "USD", item_count: 0 });
  });
});
