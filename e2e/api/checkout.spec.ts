// POST /checkout: the order, the stock, the Idempotency-Key (replay, conflict, one key
// racing itself, a retry after a token refresh), the race for the last items, and every
// error row. Each test buys its own products (listed in shop-helpers.ts).
import { type APIResponse } from "@playwright/test";
import { expect, test } from "./contract";
import type { OrderDto } from "@/lib/shared/api-types";
import { mainUrl } from "../servers";
import { bearer, expectError, register, waitUntilExpired } from "./helpers";
import { SHIPPING, Shopper, newKey, product } from "./shop-helpers";

async function created(response: APIResponse): Promise<OrderDto> {
  expect(response.status(), await response.text()).toBe(201);
  expect(response.headers()["idempotent-replayed"]).toBeUndefined();
  return response.json();
}

async function replayed(response: APIResponse): Promise<OrderDto> {
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()["idempotent-replayed"]).toBe("true");
  return response.json();
}

test("a checkout places the order at current prices, takes the stock and empties the cart", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const mug = await product(request, "enamel-camp-mug");
  await shopper.add(mug.id, 2);

  const order = await created(await shopper.checkout(newKey()));

  expect(order).toEqual({
    id: expect.any(String),
    status: "placed",
    items: [{ product_id: mug.id, name: mug.name, price_cents: mug.price_cents, quantity: 2 }],
    total_cents: mug.price_cents * 2,
    currency: "USD",
    shipping: SHIPPING,
    created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
  });
  expect(Math.abs(Date.parse(order.created_at) - Date.now())).toBeLessThan(60_000);
  expect((await product(request, mug.slug)).stock).toBe(mug.stock - 2);
  expect(await shopper.cart()).toMatchObject({ items: [], item_count: 0, subtotal_cents: 0 });
  expect(await shopper.orders()).toEqual([order]);
});

test("the same key and a JSON-equal body replay the order with 200 and change nothing", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const tape = await product(request, "washi-tape-set");
  await shopper.add(tape.id, 1);
  const key = newKey();
  const order = await created(await shopper.checkout(key));
  // Something new in the cart: a replay must not buy it.
  await shopper.add(tape.id, 1);
  const stock = (await product(request, tape.slug)).stock;

  expect(await replayed(await shopper.checkout(key))).toEqual(order);
  // Key order and whitespace do not make another body.
  const reordered = `{ "shipping" : {"country":"${SHIPPING.country}", "postal_code":"${SHIPPING.postal_code}",
    "city":"${SHIPPING.city}","address":"${SHIPPING.address}","name":"${SHIPPING.name}"} }`;
  const raw = await shopper.post("/checkout", {
    data: reordered,
    headers: { "Idempotency-Key": key, "Content-Type": "application/json" },
  });
  expect(await replayed(raw)).toEqual(order);

  expect((await product(request, tape.slug)).stock).toBe(stock);
  expect((await shopper.cart()).item_count).toBe(1);
  expect(await shopper.orders()).toEqual([order]);
});

test("the same key with another body is 409 idempotency_conflict and changes nothing", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const planner = await product(request, "weekly-desk-planner");
  await shopper.add(planner.id, 1);
  const key = newKey();
  const order = await created(await shopper.checkout(key));
  await shopper.add(planner.id, 1);
  const stock = (await product(request, planner.slug)).stock;

  for (const shipping of [
    { ...SHIPPING, city: "Mumbai" },
    { ...SHIPPING, name: ` ${SHIPPING.name}` },
  ]) {
    await expectError(await shopper.checkout(key, { shipping }), 409, "idempotency_conflict");
  }
  await expectError(await shopper.checkout(key, { shipping: SHIPPING, note: "leave at the door" }), 409, "idempotency_conflict");

  expect((await product(request, planner.slug)).stock).toBe(stock);
  expect((await shopper.cart()).item_count).toBe(1);
  expect(await shopper.orders()).toEqual([order]);

  // Keys belong to a user: another user's key of the same name is a checkout of its own.
  const other = await Shopper.register(request);
  await other.add(planner.id, 1);
  const theirs = await created(await other.checkout(key));
  expect(theirs.id).not.toBe(order.id);
});

test("concurrent requests with one key create exactly one order", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const notebook = await product(request, "dot-grid-notebook");
  await shopper.add(notebook.id, 1);
  const key = newKey();

  const responses = await Promise.all(Array.from({ length: 5 }, () => shopper.checkout(key)));

  const statuses = responses.map((response) => response.status());
  expect(
    statuses.filter((status) => status === 201),
    statuses.join(),
  ).toHaveLength(1);
  const order: OrderDto = await responses.find((response) => response.status() === 201)!.json();
  for (const response of responses.filter((r) => r.status() !== 201)) {
    if (response.status() === 200) expect((await replayed(response)).id).toBe(order.id);
    else await expectError(response, 409, "idempotency_conflict");
  }
  expect(await shopper.orders()).toEqual([order]);
  expect((await product(request, notebook.slug)).stock).toBe(notebook.stock - 1);
  // Once the first has finished, the key answers with its order.
  expect((await replayed(await shopper.checkout(key))).id).toBe(order.id);
});

test("six buyers racing for the last two items: two orders, four out_of_stock, stock 0", async ({ request, playwright }) => {
  const clock = await product(request, "walnut-wall-clock");
  // Bring the stock down to exactly 2 through a real checkout.
  if (clock.stock > 2) {
    const early = await Shopper.register(request);
    await early.add(clock.id, clock.stock - 2);
    await created(await early.checkout(newKey()));
  }
  expect((await product(request, clock.slug)).stock).toBe(2);

  // Six shoppers, each on their own connection, each with one clock in the cart.
  const contexts = await Promise.all(Array.from({ length: 6 }, () => playwright.request.newContext({ baseURL: mainUrl })));
  const buyers = await Promise.all(contexts.map((context) => Shopper.register(context)));
  for (const buyer of buyers) await buyer.add(clock.id, 1);
  // Fresh tokens, so no request of the race stops for a refresh.
  await Promise.all(buyers.map((buyer) => buyer.refresh()));

  const responses = await Promise.all(buyers.map((buyer) => buyer.checkout(newKey())));

  const statuses = responses.map((response) => response.status());
  expect(
    statuses.filter((status) => status === 201),
    statuses.join(),
  ).toHaveLength(2);
  expect(
    statuses.filter((status) => status === 409),
    statuses.join(),
  ).toHaveLength(4);
  for (const [index, response] of responses.entries()) {
    if (response.status() === 201) {
      expect((await response.json()).items).toEqual([expect.objectContaining({ product_id: clock.id, quantity: 1 })]);
      expect((await buyers[index]!.cart()).item_count).toBe(0);
    } else {
      const error = await expectError(response, 409, "out_of_stock");
      expect(error.details).toEqual({ items: [{ product_id: clock.id, requested: 1, available: 0 }] });
      // A refused checkout leaves the cart as it was.
      expect((await buyers[index]!.cart()).item_count).toBe(1);
      expect(await buyers[index]!.orders()).toEqual([]);
    }
  }
  expect((await product(request, clock.slug)).stock).toBe(0);
  await Promise.all(contexts.map((context) => context.dispose()));
});

test("a checkout with an expired token, a refresh, the same key again: exactly one order", async ({ request }) => {
  const login = await register(request);
  const bottle = await product(request, "insulated-steel-water-bottle");
  const add = await request.post("/api/v1/cart/items", {
    headers: bearer(login.access_token),
    data: { product_id: bottle.id, quantity: 1 },
  });
  expect(add.status()).toBe(200);
  const key = newKey();
  const checkout = (accessToken: string) =>
    request.post("/api/v1/checkout", {
      headers: { ...bearer(accessToken), "Idempotency-Key": key },
      data: { shipping: SHIPPING },
    });

  await waitUntilExpired(request, login.access_token);
  await expectError(await checkout(login.access_token), 401, "token_expired");

  const refreshed = await request.post("/api/v1/auth/refresh", { data: { refresh_token: login.refresh_token } });
  expect(refreshed.status()).toBe(200);
  const { access_token } = await refreshed.json();
  const order = await created(await checkout(access_token));
  // The answer got lost, say, and the client sends it once more.
  expect(await replayed(await checkout(access_token))).toEqual(order);

  const orders = await request.get("/api/v1/orders", { headers: bearer(access_token) });
  expect((await orders.json()).orders).toEqual([order]);
  expect((await product(request, bottle.slug)).stock).toBe(bottle.stock - 1);
});

test("out_of_stock leaves stock, cart and orders as they were, and does not bind the key", async ({ request }) => {
  const lamp = await product(request, "ceramic-table-lamp");
  const shopper = await Shopper.register(request);
  await shopper.add(lamp.id, lamp.stock);
  // Someone else buys one after it went into this cart.
  const other = await Shopper.register(request);
  await other.add(lamp.id, 1);
  await created(await other.checkout(newKey()));
  const cart = await shopper.cart();
  const key = newKey();

  const error = await expectError(await shopper.checkout(key), 409, "out_of_stock");

  expect(error.details).toEqual({ items: [{ product_id: lamp.id, requested: lamp.stock, available: lamp.stock - 1 }] });
  expect((await product(request, lamp.slug)).stock).toBe(lamp.stock - 1);
  expect(await shopper.cart()).toEqual(cart);
  expect(await shopper.orders()).toEqual([]);

  // Only a 201 binds a key: with the cart fixed, the same key goes through.
  await shopper.patch(`/cart/items/${lamp.id}`, { data: { quantity: lamp.stock - 1 } });
  const order = await created(await shopper.checkout(key));
  expect(order.items).toEqual([expect.objectContaining({ product_id: lamp.id, quantity: lamp.stock - 1 })]);
  expect((await product(request, lamp.slug)).stock).toBe(0);
});

test("an empty cart is 409 cart_empty, and the key stays free", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const key = newKey();
  await expectError(await shopper.checkout(key), 409, "cart_empty");
  expect(await shopper.orders()).toEqual([]);

  const candle = await product(request, "amber-jar-soy-candle");
  await shopper.add(candle.id, 1);
  await created(await shopper.checkout(key));
  // Bound now: the same key replays even though the cart is empty again.
  expect((await replayed(await shopper.checkout(key))).items).toHaveLength(1);
});

test("shipping fields are required strings of 1 to 200 characters, trimmed", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const cases: [unknown, string[]][] = [
    [{}, ["shipping"]],
    [{ shipping: null }, ["shipping"]],
    [{ shipping: "12 MG Road" }, ["shipping"]],
    [{ shipping: {} }, ["shipping.address", "shipping.city", "shipping.country", "shipping.name", "shipping.postal_code"]],
    [{ shipping: { ...SHIPPING, name: "" } }, ["shipping.name"]],
    [{ shipping: { ...SHIPPING, address: "   " } }, ["shipping.address"]],
    [{ shipping: { ...SHIPPING, city: "c".repeat(201) } }, ["shipping.city"]],
    [{ shipping: { ...SHIPPING, postal_code: 411001 } }, ["shipping.postal_code"]],
    [{ shipping: { ...SHIPPING, country: null } }, ["shipping.country"]],
    [{ shipping: { ...SHIPPING, country: ["India"] } }, ["shipping.country"]],
    [{ shipping: { ...SHIPPING, name: "Asha\u0000Verma" } }, ["shipping.name"]],
  ];
  for (const [data, fields] of cases) {
    const error = await expectError(await shopper.checkout(newKey(), data), 400, "invalid_request");
    expect(Object.keys(error.details.fields as object).sort(), JSON.stringify(data)).toEqual(fields);
  }
  for (const data of ["[1]", "{", "null"]) {
    const response = await shopper.post("/checkout", {
      data,
      headers: { "Idempotency-Key": newKey(), "Content-Type": "application/json" },
    });
    await expectError(response, 400, "invalid_request");
  }

  // The longest values, padded with spaces, and the longest key: stored trimmed.
  const cards = await product(request, "letterpress-greeting-cards");
  await shopper.add(cards.id, 1);
  const long = (letter: string) => `  ${letter.repeat(200)}\t`;
  const shipping = { name: long("n"), address: long("a"), city: long("c"), postal_code: long("p"), country: long("k") };
  const order = await created(await shopper.checkout("~".repeat(255), { shipping }));
  expect(order.shipping).toEqual({
    name: "n".repeat(200),
    address: "a".repeat(200),
    city: "c".repeat(200),
    postal_code: "p".repeat(200),
    country: "k".repeat(200),
  });
});

test("checks run in order: authentication, the body, the key, then the cart", async ({ request }) => {
  const shopper = await Shopper.register(request);
  await expectError(await request.post("/api/v1/checkout", { data: {} }), 401, "unauthorized");

  const bodyFirst = await expectError(await shopper.post("/checkout", { data: {} }), 400, "invalid_request");
  expect(bodyFirst.details).toEqual({ fields: { shipping: "Required" } });

  for (const key of [undefined, "", "k".repeat(256), "tab\there", "caf\u00e9"]) {
    const headers: Record<string, string> = key === undefined ? {} : { "Idempotency-Key": key };
    const error = await expectError(await shopper.post("/checkout", { data: { shipping: SHIPPING }, headers }), 400, "invalid_request");
    expect(error.details, JSON.stringify(key)).toEqual({ fields: { "Idempotency-Key": expect.any(String) } });
  }
  await expectError(await shopper.checkout(newKey()), 409, "cart_empty");
});

test("other methods are 405 with Allow: POST", async ({ request }) => {
  for (const method of ["GET", "PUT", "PATCH", "DELETE"]) {
    const response = await request.fetch("/api/v1/checkout", { method });
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers()["allow"]).toBe("POST");
  }
});
