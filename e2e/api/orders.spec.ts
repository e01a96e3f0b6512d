// GET /orders and GET /orders/{id}: a user's own orders, newest first; anyone else's
// order does not exist for them. Buys stoneware-coffee-mug and linen-throw-pillow.
import { expect, test } from "./contract";
import type { OrderDto } from "@/lib/shared/api-types";
import { bearer, expectError, register, waitUntilExpired } from "./helpers";
import { SHIPPING, Shopper, newKey, ok, product } from "./shop-helpers";

async function buy(shopper: Shopper, slug: string, quantity: number): Promise<OrderDto> {
  const item = await product(shopper.request, slug);
  await shopper.add(item.id, quantity);
  const response = await shopper.checkout(newKey());
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

test("a new user has no orders", async ({ request }) => {
  const shopper = await Shopper.register(request);
  expect(await ok(await shopper.get("/orders"))).toEqual({ orders: [] });
});

test("lists the caller's orders newest first, and answers each by id", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const mug = await product(request, "stoneware-coffee-mug");
  const pillow = await product(request, "linen-throw-pillow");
  const first = await buy(shopper, mug.slug, 2);
  const second = await buy(shopper, pillow.slug, 1);

  expect(await shopper.orders()).toEqual([second, first]);
  expect(await ok(await shopper.get(`/orders/${first.id}`))).toEqual(first);
  expect(await ok(await shopper.get(`/orders/${second.id}`))).toEqual(second);
  expect(first).toEqual({
    id: expect.any(String),
    status: "placed",
    items: [{ product_id: mug.id, name: mug.name, price_cents: mug.price_cents, quantity: 2 }],
    total_cents: mug.price_cents * 2,
    currency: "USD",
    shipping: SHIPPING,
    created_at: expect.any(String),
  });
  expect(Date.parse(second.created_at)).toBeGreaterThanOrEqual(Date.parse(first.created_at));
});

test("another user's order is 404 not_found, never 403, and so is an unknown id", async ({ request }) => {
  const owner = await Shopper.register(request);
  const order = await buy(owner, "stoneware-coffee-mug", 1);
  const stranger = await Shopper.register(request);

  const theirs = await expectError(await stranger.get(`/orders/${order.id}`), 404, "not_found");
  const unknown = await expectError(await stranger.get("/orders/no-such-order"), 404, "not_found");
  for (const id of ["%ff", "x".repeat(3000)]) {
    await expectError(await stranger.get(`/orders/${id}`), 404, "not_found");
  }
  for (const id of ["%00", `${order.id}%00`]) {
    await expectError(await stranger.get(`/orders/${id}`), 400, "invalid_request");
  }
  // The same answer either way: nothing tells the stranger that the id exists.
  expect(theirs).toEqual(unknown);
  expect(await stranger.orders()).toEqual([]);
  expect(await owner.orders()).toEqual([order]);
});

test("the order routes need a valid, unexpired Bearer token", async ({ request }) => {
  const { access_token } = await register(request);
  for (const path of ["/api/v1/orders", "/api/v1/orders/some-id"]) {
    await expectError(await request.get(path), 401, "unauthorized");
    await expectError(await request.get(path, { headers: bearer("a.b.c") }), 401, "invalid_token");
  }
  await waitUntilExpired(request, access_token);
  for (const path of ["/api/v1/orders", "/api/v1/orders/some-id"]) {
    await expectError(await request.get(path, { headers: bearer(access_token) }), 401, "token_expired");
  }
});

test("other methods are 405 with Allow: GET", async ({ request }) => {
  for (const [method, path] of [
    ["POST", "/api/v1/orders"],
    ["DELETE", "/api/v1/orders/some-id"],
    ["PATCH", "/api/v1/orders/some-id"],
  ] as const) {
    const response = await request.fetch(path, { method });
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers()["allow"]).toBe("GET");
  }
});
