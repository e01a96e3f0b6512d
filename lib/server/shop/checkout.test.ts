import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/server/db";
import { apiErrorOf } from "@/lib/server/testing/outcome";
import { createProduct, createUser } from "@/lib/server/testing/shop-fixtures";
import { createTestDb } from "@/lib/server/testing/test-db";
import { addToCart, getCart } from "./cart";
import { checkout, placeOrder } from "./checkout";
import { ABANDONED_CLAIM_MS, claimIdempotencyKey, requestHash } from "./idempotency";
import { listOrders } from "./orders";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ db, cleanup } = await createTestDb()));
afterAll(() => cleanup());

const t0 = new Date("2026-05-01T08:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);
const shipping = { name: "Asha Verma", address: "12 MG Road", city: "Pune", postal_code: "411001", country: "India" };
const body = { shipping };
const request = (key: string, sent: unknown = body) => ({ shipping, key, body: sent });

/** What a failed checkout must leave as it was. */
async function snapshot(userId: string, productIds: string[]) {
  return {
    stock: await db.product.findMany({ where: { id: { in: productIds } }, select: { id: true, stock: true } }),
    cart: await getCart(userId, { db }),
    orders: await db.order.count({ where: { userId } }),
    keys: await db.idempotencyKey.findMany({ where: { userId }, select: { key: true, orderId: true } }),
  };
}

describe("checkout", () => {
  it("takes the stock, writes the order at current prices, empties the cart and binds the key", async () => {
    const userId = await createUser(db);
    const mug = await createProduct(db, { name: "Mug", priceCents: 1800, stock: 5 });
    const pen = await createProduct(db, { name: "Pen", priceCents: 2999, stock: 3 });
    await addToCart(userId, { product_id: mug, quantity: 2 }, { db, now: at(0) });
    await addToCart(userId, { product_id: pen, quantity: 3 }, { db, now: at(1) });
    // The price changes after the shopper added the mug: the order charges today's price.
    await db.product.update({ where: { id: mug }, data: { priceCents: 1500 } });

    const { order, replayed } = await checkout(userId, request("key-1"), { db, now: at(5) });

    expect(replayed).toBe(false);
    expect(order).toEqual({
      id: expect.any(String),
      status: "placed",
      items: [
        { product_id: mug, name: "Mug", price_cents: 1500, quantity: 2 },
        { product_id: pen, name: "Pen", price_cents: 2999, quantity: 3 },
      ],
      total_cents: 1500 * 2 + 2999 * 3,
      currency: "USD",
      shipping,
      created_at: at(5).toISOString(),
    });
    const after = await snapshot(userId, [mug, pen]);
    expect(after.stock).toEqual(
      expect.arrayContaining([
        { id: mug, stock: 3 },
        { id: pen, stock: 0 },
      ]),
    );
    expect(after.cart.items).toEqual([]);
    expect(after.keys).toEqual([{ key: "key-1", orderId: order.id }]);
  });

  it("a JSON-equal body with the same key gets the same order and changes nothing", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 10 });
    await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(0) });
    const first = await checkout(userId, request("replay-me"), { db, now: at(1) });
    // Something new in the cart: a replay must not buy it.
    await addToCart(userId, { product_id: product, quantity: 4 }, { db, now: at(2) });
    const before = await snapshot(userId, [product]);

    const reordered = { shipping: { country: "India", postal_code: "411001", city: "Pune", address: "12 MG Road", name: "Asha Verma" } };
    const again = await checkout(userId, request("replay-me", reordered), { db, now: at(3) });

    expect(again).toEqual({ order: first.order, replayed: true });
    expect(await snapshot(userId, [product])).toEqual(before);
  });

  it("the same key with another body is idempotency_conflict, and changes nothing", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db);
    await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(0) });
    await checkout(userId, request("once"), { db, now: at(1) });
    await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(2) });
    const before = await snapshot(userId, [product]);

    const other = { ...shipping, city: "Mumbai" };
    const error = await apiErrorOf(checkout(userId, { shipping: other, key: "once", body: { shipping: other } }, { db, now: at(3) }));

    expect(error.code).toBe("idempotency_conflict");
    expect(await snapshot(userId, [product])).toEqual(before);
  });

  it("keys are per user: another user's key of the same name is a new checkout", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const product = await createProduct(db);
    for (const userId of [alice, bob]) await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(0) });
    const a = await checkout(alice, request("shared-name"), { db, now: at(1) });
    const b = await checkout(bob, request("shared-name"), { db, now: at(2) });
    expect(b.replayed).toBe(false);
    expect(b.order.id).not.toBe(a.order.id);
  });
});

describe("checkout failures leave stock, cart, orders and the key as they were", () => {
  it("an empty cart is cart_empty, and the key stays free for a later checkout", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db);
    const before = await snapshot(userId, [product]);

    expect((await apiErrorOf(checkout(userId, request("k"), { db, now: at(0) }))).code).toBe("cart_empty");
    expect(await snapshot(userId, [product])).toEqual(before);

    await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(1) });
    expect((await checkout(userId, request("k"), { db, now: at(2) })).replayed).toBe(false);
  });

  it("a short line is out_of_stock, and the lines that fitted get their stock back", async () => {
    const userId = await createUser(db);
    const plenty = await createProduct(db, { stock: 10 });
    const scarce = await createProduct(db, { stock: 4 });
    await addToCart(userId, { product_id: plenty, quantity: 2 }, { db, now: at(0) });
    await addToCart(userId, { product_id: scarce, quantity: 3 }, { db, now: at(1) });
    // Someone else buys two of the scarce product after it went into this cart.
    await db.product.update({ where: { id: scarce }, data: { stock: 2 } });
    const before = await snapshot(userId, [plenty, scarce]);

    const error = await apiErrorOf(checkout(userId, request("short"), { db, now: at(2) }));

    expect(error.code).toBe("out_of_stock");
    expect(error.details).toEqual({ items: [{ product_id: scarce, requested: 3, available: 2 }] });
    expect(await snapshot(userId, [plenty, scarce])).toEqual(before);

    // Fix the cart and retry with the same key: a failed checkout did not bind it.
    await db.cartItem.updateMany({ where: { userId, productId: scarce }, data: { quantity: 2 } });
    const { order } = await checkout(userId, request("short"), { db, now: at(3) });
    expect(order.total_cents).toBe(2 * 1000 + 2 * 1000);
  });

  it("lists every short line, in cart order", async () => {
    const userId = await createUser(db);
    const first = await createProduct(db, { stock: 5 });
    const second = await createProduct(db, { stock: 5 });
    await addToCart(userId, { product_id: second, quantity: 5 }, { db, now: at(0) });
    await addToCart(userId, { product_id: first, quantity: 4 }, { db, now: at(1) });
    await db.product.updateMany({ where: { id: { in: [first, second] } }, data: { stock: 1 } });

    const error = await apiErrorOf(checkout(userId, request("both"), { db, now: at(2) }));

    expect(error.details).toEqual({
      items: [
        { product_id: second, requested: 5, available: 1 },
        { product_id: first, requested: 4, available: 1 },
      ],
    });
  });

  it("an unexpected error after the stock was taken rolls everything back", async () => {
    const userId = await createUser(db);
    const usd = await createProduct(db, { stock: 5 });
    // A product in another currency makes the total impossible, after the stock decrements.
    const euro = await createProduct(db, { stock: 5, currency: "EUR" });
    await addToCart(userId, { product_id: usd, quantity: 1 }, { db, now: at(0) });
    await db.cartItem.create({ data: { userId, productId: euro, quantity: 1, createdAt: at(1) } });
    const before = await db.product.findMany({ where: { id: { in: [usd, euro] } }, select: { id: true, stock: true } });

    await expect(checkout(userId, request("boom"), { db, now: at(2) })).rejects.toThrow(/EUR/);

    expect(await db.product.findMany({ where: { id: { in: [usd, euro] } }, select: { id: true, stock: true } })).toEqual(before);
    expect(await db.cartItem.count({ where: { userId } })).toBe(2);
    expect(await db.order.count({ where: { userId } })).toBe(0);
    expect(await db.idempotencyKey.count({ where: { userId } })).toBe(0);
  });

  it("a lost claim at the very end rolls back the order, the stock and the emptied cart", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 5 });
    await addToCart(userId, { product_id: product, quantity: 2 }, { db, now: at(0) });
    const before = await snapshot(userId, [product]);

    const error = await apiErrorOf(db.$transaction((tx) => placeOrder(tx, { userId, shipping, claimId: "a-claim-that-is-gone", now: at(1) })));

    expect(error.code).toBe("idempotency_conflict");
    expect(await snapshot(userId, [product])).toEqual(before);
  });
});

describe("a key in use", () => {
  it("waits 30 seconds for a claim without an order, as docs/api.md says", () => {
    expect(ABANDONED_CLAIM_MS).toBe(30_000);
  });

  it("is idempotency_conflict while its checkout may still run, and free once abandoned", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db);
    await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(0) });
    // A claim whose request died before binding or releasing it.
    await db.idempotencyKey.create({ data: { userId, key: "stuck", requestHash: "whatever", createdAt: at(0) } });

    const early = await apiErrorOf(checkout(userId, request("stuck"), { db, now: at(ABANDONED_CLAIM_MS - 1) }));
    expect(early.code).toBe("idempotency_conflict");
    expect(await db.order.count({ where: { userId } })).toBe(0);

    const late = await checkout(userId, request("stuck"), { db, now: at(ABANDONED_CLAIM_MS) });
    expect(late.replayed).toBe(false);
    expect((await listOrders(userId, { db })).map((order) => order.id)).toEqual([late.order.id]);
  });

  it("never doubles an order when the request it was taken from is alive after all", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 5 });
    await addToCart(userId, { product_id: product, quantity: 2 }, { db, now: at(0) });
    // The first request claims the key, then stalls past the 30 seconds.
    const slow = await claimIdempotencyKey(db, { userId, key: "slow", requestHash: requestHash(body), now: at(0) });
    if (slow.kind !== "claimed") throw new Error("the first request should claim the key");
    const retry = await checkout(userId, request("slow"), { db, now: at(ABANDONED_CLAIM_MS) });
    // Meanwhile the shopper fills the cart again; then the first request wakes up and
    // tries to place its order with the claim it lost: nothing is bought.
    await addToCart(userId, { product_id: product, quantity: 1 }, { db, now: at(ABANDONED_CLAIM_MS + 1) });
    const late = await apiErrorOf(
      db.$transaction((tx) => placeOrder(tx, { userId, shipping, claimId: slow.id, now: at(ABANDONED_CLAIM_MS + 1) })),
    );
    expect(late.code).toBe("idempotency_conflict");
    expect((await listOrders(userId, { db })).map((order) => order.id)).toEqual([retry.order.id]);
    expect((await db.product.findUniqueOrThrow({ where: { id: product } })).stock).toBe(3);
    expect((await getCart(userId, { db })).item_count).toBe(1);
  });
});

describe("a cart that changes while the checkout runs", () => {
  // Stands in for a concurrent request (on PostgreSQL, another checkout or a cart
  // update of the same user) that changes a line between the checkout's read of the
  // cart and its write: the read reports one more than the line holds.
  function withConcurrentChange(times: number): Db {
    let left = times;
    const changed = db.$extends({
      query: {
        cartItem: {
          async findMany({ args, query }) {
            const rows = await query(args);
            if (left > 0 && rows[0]) {
              left -= 1;
              return rows.map((row, index) => (index === 0 ? { ...row, quantity: (row.quantity ?? 0) + 1 } : row));
            }
            return rows;
          },
        },
      },
    });
    return changed as unknown as Db;
  }

  it("runs again on the cart as it is now", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 10 });
    await addToCart(userId, { product_id: product, quantity: 2 }, { db, now: at(0) });

    const { order } = await checkout(userId, request("moving"), { db: withConcurrentChange(1), now: at(1) });

    expect(order.items.map((item) => item.quantity)).toEqual([2]);
    expect(await db.product.findUnique({ where: { id: product }, select: { stock: true } })).toEqual({ stock: 8 });
    expect(await db.cartItem.count({ where: { userId } })).toBe(0);
  });

  it("gives up after three attempts with nothing changed", async () => {
    const userId = await createUser(db);
    const product = await createProduct(db, { stock: 10 });
    await addToCart(userId, { product_id: product, quantity: 2 }, { db, now: at(0) });
    const before = await snapshot(userId, [product]);

    const error = await apiErrorOf(checkout(userId, request("restless"), { db: withConcurrentChange(3), now: at(1) }));

    expect(error.code).toBe("idempotency_conflict");
    expect(await snapshot(userId, [product])).toEqual(before);
  });
});
