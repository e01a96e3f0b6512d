// Checkout on several instances of the app sharing one PostgreSQL database: the stock
// and the Idempotency-Key are guarded by the database's rows and unique index, not by
// anything in one server's memory, so requests spread over A and B get the same
// guarantees as requests to one server. Each test buys its own product:
//   brass-pocket-compass (the race for the last items), gooseneck-pour-over-kettle (one key).
import { type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "../api/contract";
import type { OrderDto, ProductDto } from "@/lib/shared/api-types";
import { clusterUrls } from "../servers";
import { bearer, expectError, register } from "../api/helpers";
import { SHIPPING, newKey } from "../api/shop-helpers";

const { a: A, b: B } = clusterUrls;
const either = (i: number) => (i % 2 === 0 ? A : B);

/** A registered shopper whose requests can go to any instance (default token lifetime: no refresh needed). */
async function shopper(request: APIRequestContext, base: string) {
  const { access_token } = await register(request, {}, base);
  const send = (method: string, instance: string, path: string, data?: unknown, headers: Record<string, string> = {}) =>
    request.fetch(`${instance}/api/v1${path}`, { method, data, headers: { ...headers, ...bearer(access_token) } });
  return {
    add: async (instance: string, productId: string, quantity: number) =>
      expect((await send("POST", instance, "/cart/items", { product_id: productId, quantity })).status()).toBe(200),
    checkout: (instance: string, key: string) => send("POST", instance, "/checkout", { shipping: SHIPPING }, { "Idempotency-Key": key }),
    orders: async (instance: string): Promise<OrderDto[]> => (await (await send("GET", instance, "/orders")).json()).orders,
    itemCount: async (instance: string): Promise<number> => (await (await send("GET", instance, "/cart")).json()).item_count,
  };
}

async function product(request: APIRequestContext, base: string, slug: string): Promise<ProductDto> {
  const response = await request.get(`${base}/api/v1/products/${slug}`);
  expect(response.status()).toBe(200);
  return response.json();
}

const statusesOf = (responses: APIResponse[]) => responses.map((response) => response.status());

test("eight buyers racing for the last three items across A and B: three orders, five out_of_stock, stock 0", async ({ request }) => {
  const LAST = 3;
  const compass = await product(request, A, "brass-pocket-compass");
  expect(compass.stock).toBeGreaterThanOrEqual(LAST);
  if (compass.stock > LAST) {
    const early = await shopper(request, A);
    await early.add(A, compass.id, compass.stock - LAST);
    expect((await early.checkout(A, newKey())).status()).toBe(201);
  }

  const buyers = await Promise.all(Array.from({ length: 8 }, (_, i) => shopper(request, either(i))));
  for (const [i, buyer] of buyers.entries()) await buyer.add(either(i + 1), compass.id, 1);

  const responses = await Promise.all(buyers.map((buyer, i) => buyer.checkout(either(i), newKey())));

  const statuses = statusesOf(responses);
  expect(
    statuses.filter((status) => status === 201),
    statuses.join(),
  ).toHaveLength(LAST);
  expect(
    statuses.filter((status) => status === 409),
    statuses.join(),
  ).toHaveLength(8 - LAST);
  for (const [i, response] of responses.entries()) {
    if (response.status() === 201) continue;
    const error = await expectError(response, 409, "out_of_stock");
    expect(error.details).toEqual({ items: [{ product_id: compass.id, requested: 1, available: 0 }] });
    // A refused checkout leaves the cart and the orders as they were, seen from either instance.
    expect(await buyers[i]!.itemCount(either(i + 1))).toBe(1);
    expect(await buyers[i]!.orders(either(i + 1))).toEqual([]);
  }
  for (const base of [A, B]) expect((await product(request, base, compass.slug)).stock).toBe(0);
});

test("the same Idempotency-Key sent to A and B at once creates one order", async ({ request }) => {
  const kettle = await product(request, B, "gooseneck-pour-over-kettle");
  const buyer = await shopper(request, A);
  await buyer.add(B, kettle.id, 1);
  const key = newKey();

  const responses = await Promise.all(Array.from({ length: 6 }, (_, i) => buyer.checkout(either(i), key)));

  const statuses = statusesOf(responses);
  expect(
    statuses.filter((status) => status === 201),
    statuses.join(),
  ).toHaveLength(1);
  const order: OrderDto = await responses.find((response) => response.status() === 201)!.json();
  for (const response of responses.filter((r) => r.status() !== 201)) {
    if (response.status() === 200) {
      expect(response.headers()["idempotent-replayed"]).toBe("true");
      expect((await response.json()).id).toBe(order.id);
    } else {
      await expectError(response, 409, "idempotency_conflict");
    }
  }
  for (const base of [A, B]) {
    expect(await buyer.orders(base)).toEqual([order]);
    expect((await product(request, base, kettle.slug)).stock).toBe(kettle.stock - 1);
    // Once the first has finished, the key answers with its order on every instance.
    const replay = await buyer.checkout(base, key);
    expect(replay.status()).toBe(200);
    expect((await replay.json()).id).toBe(order.id);
  }
});
