// The cart: GET /cart, POST /cart/items, PATCH and DELETE /cart/items/{product_id}.
// Nothing here is bought, so the stock of these products stays as seeded (see
// shop-helpers.ts for which test owns which product).
import { expect, test } from "./contract";
import type { CartDto } from "@/lib/shared/api-types";
import { bearer, expectError, register, waitUntilExpired } from "./helpers";
import { Shopper, ok, product } from "./shop-helpers";

const EMPTY_CART: CartDto = { items: [], subtotal_cents: 0, currency: "USD", item_count: 0 };

test("a new user's cart is empty", async ({ request }) => {
  const shopper = await Shopper.register(request);
  expect(await shopper.cart()).toEqual(EMPTY_CART);
});

test("every cart route needs a valid, unexpired Bearer token, checked before the body", async ({ request }) => {
  const { access_token } = await register(request);
  const beanie = await product(request, "merino-wool-beanie");
  const calls = [
    (headers: Record<string, string>) => request.get("/api/v1/cart", { headers }),
    (headers: Record<string, string>) => request.post("/api/v1/cart/items", { headers, data: { quantity: "bad" } }),
    (headers: Record<string, string>) => request.patch(`/api/v1/cart/items/${beanie.id}`, { headers, data: {} }),
    (headers: Record<string, string>) => request.delete(`/api/v1/cart/items/${beanie.id}`, { headers }),
  ];
  for (const call of calls) {
    await expectError(await call({}), 401, "unauthorized");
    await expectError(await call({ Authorization: "Basic dXNlcjpwYXNz" }), 401, "unauthorized");
    await expectError(await call(bearer("not-a-jwt")), 401, "invalid_token");
  }
  await waitUntilExpired(request, access_token);
  for (const call of calls) await expectError(await call(bearer(access_token)), 401, "token_expired");
});

test("POST /cart/items adds to the line and answers the whole cart, lines in the order added", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const beanie = await product(request, "merino-wool-beanie");
  const kettle = await product(request, "gooseneck-pour-over-kettle");
  await shopper.add(beanie.id, 2);
  await shopper.add(kettle.id, 1);
  const cart = await shopper.add(beanie.id, 3);

  expect(cart).toEqual({
    items: [
      {
        product_id: beanie.id,
        slug: beanie.slug,
        name: beanie.name,
        price_cents: beanie.price_cents,
        quantity: 5,
        line_total_cents: beanie.price_cents * 5,
        image_url: beanie.image_url,
        stock: beanie.stock,
      },
      {
        product_id: kettle.id,
        slug: kettle.slug,
        name: kettle.name,
        price_cents: kettle.price_cents,
        quantity: 1,
        line_total_cents: kettle.price_cents,
        image_url: kettle.image_url,
        stock: kettle.stock,
      },
    ],
    subtotal_cents: beanie.price_cents * 5 + kettle.price_cents,
    currency: "USD",
    item_count: 6,
  });
  expect(await shopper.cart()).toEqual(cart);
});

test("a quantity is a whole number from 1 to 99, and product_id a string", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const beanie = await product(request, "merino-wool-beanie");
  const cases: [Record<string, unknown>, string[]][] = [
    [{ product_id: beanie.id, quantity: "2" }, ["quantity"]],
    [{ product_id: beanie.id, quantity: 1.5 }, ["quantity"]],
    [{ product_id: beanie.id, quantity: 0 }, ["quantity"]],
    [{ product_id: beanie.id, quantity: -1 }, ["quantity"]],
    [{ product_id: beanie.id, quantity: 100 }, ["quantity"]],
    [{ product_id: beanie.id, quantity: null }, ["quantity"]],
    [{ product_id: beanie.id, quantity: true }, ["quantity"]],
    [{ product_id: beanie.id }, ["quantity"]],
    [{ quantity: 1 }, ["product_id"]],
    [{ product_id: 42, quantity: 1 }, ["product_id"]],
    [{ product_id: "", quantity: 1 }, ["product_id"]],
    [{ product_id: `${beanie.id}\u0000`, quantity: 1 }, ["product_id"]],
    [{}, ["product_id", "quantity"]],
  ];
  for (const [data, fields] of cases) {
    const error = await expectError(await shopper.post("/cart/items", { data }), 400, "invalid_request");
    expect(Object.keys(error.details.fields as object).sort(), JSON.stringify(data)).toEqual(fields);
  }
  for (const data of ["[1]", "{", '"text"']) {
    const raw = await shopper.post("/cart/items", { data, headers: { "Content-Type": "application/json" } });
    await expectError(raw, 400, "invalid_request");
  }
  // The edges are fine.
  expect((await shopper.add(beanie.id, 1)).item_count).toBe(1);
  expect(await shopper.cart()).toMatchObject({ item_count: 1 });
});

test("an unknown product is 404 not_found", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const response = await shopper.post("/cart/items", { data: { product_id: "no-such-product", quantity: 1 } });
  await expectError(response, 404, "not_found");
  expect(await shopper.cart()).toEqual(EMPTY_CART);
});

test("a line that would pass 99 is 400, checked before the stock", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const beanie = await product(request, "merino-wool-beanie");
  expect(beanie.stock).toBeLessThan(99);
  await shopper.add(beanie.id, 40);
  // 100 is more than the stock too, but the 99 rule answers first.
  const error = await expectError(await shopper.post("/cart/items", { data: { product_id: beanie.id, quantity: 60 } }), 400, "invalid_request");
  expect(Object.keys(error.details.fields as object)).toEqual(["quantity"]);
  expect((await shopper.cart()).items.map((line) => line.quantity)).toEqual([40]);
});

test("a line that would pass the stock is 409 out_of_stock, requested being the line's new quantity", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const compass = await product(request, "brass-pocket-compass");
  await shopper.add(compass.id, compass.stock);
  const error = await expectError(await shopper.post("/cart/items", { data: { product_id: compass.id, quantity: 1 } }), 409, "out_of_stock");
  expect(error.details).toEqual({ items: [{ product_id: compass.id, requested: compass.stock + 1, available: compass.stock }] });
  expect((await shopper.cart()).items.map((line) => line.quantity)).toEqual([compass.stock]);
});

test("PATCH sets the quantity, 0 removes the line, and a line not in the cart is 404", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const press = await product(request, "glass-french-press");
  const scarf = await product(request, "chunky-knit-scarf");
  await shopper.add(press.id, 1);
  await shopper.add(scarf.id, 1);

  const set = await ok<CartDto>(await shopper.patch(`/cart/items/${press.id}`, { data: { quantity: 3 } }));
  expect(set.items.map((line) => [line.slug, line.quantity])).toEqual([
    ["glass-french-press", 3],
    ["chunky-knit-scarf", 1],
  ]);
  expect(set).toMatchObject({ item_count: 4, subtotal_cents: press.price_cents * 3 + scarf.price_cents });

  const tooMany = await expectError(
    await shopper.patch(`/cart/items/${press.id}`, { data: { quantity: press.stock + 1 } }),
    409,
    "out_of_stock",
  );
  expect(tooMany.details).toEqual({ items: [{ product_id: press.id, requested: press.stock + 1, available: press.stock }] });

  for (const quantity of ["2", 1.5, -1, 100, null]) {
    const error = await expectError(await shopper.patch(`/cart/items/${press.id}`, { data: { quantity } }), 400, "invalid_request");
    expect(Object.keys(error.details.fields as object)).toEqual(["quantity"]);
  }
  await expectError(await shopper.patch(`/cart/items/${press.id}`, { data: {} }), 400, "invalid_request");

  const removed = await ok<CartDto>(await shopper.patch(`/cart/items/${press.id}`, { data: { quantity: 0 } }));
  expect(removed.items.map((line) => line.slug)).toEqual(["chunky-knit-scarf"]);

  for (const quantity of [0, 1]) {
    await expectError(await shopper.patch(`/cart/items/${press.id}`, { data: { quantity } }), 404, "not_found");
    await expectError(await shopper.patch("/cart/items/no-such-product", { data: { quantity } }), 404, "not_found");
    await expectError(await shopper.patch("/cart/items/%ff%00", { data: { quantity } }), 404, "not_found");
  }
  expect((await shopper.cart()).items.map((line) => [line.slug, line.quantity])).toEqual([["chunky-knit-scarf", 1]]);
});

test("DELETE removes the line and answers the cart, also when the line was not there", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const press = await product(request, "glass-french-press");
  const scarf = await product(request, "chunky-knit-scarf");
  await shopper.add(press.id, 2);
  await shopper.add(scarf.id, 1);

  const after = await ok<CartDto>(await shopper.delete(`/cart/items/${press.id}`));
  expect(after.items.map((line) => line.slug)).toEqual(["chunky-knit-scarf"]);
  expect(after.item_count).toBe(1);
  expect(await ok<CartDto>(await shopper.delete(`/cart/items/${press.id}`))).toEqual(after);
  expect(await ok<CartDto>(await shopper.delete("/cart/items/no-such-product"))).toEqual(after);
});

test("each user has their own cart", async ({ request }) => {
  const [alice, bob] = [await Shopper.register(request), await Shopper.register(request)];
  const cap = await product(request, "washed-canvas-baseball-cap");
  await alice.add(cap.id, 2);
  expect(await bob.cart()).toEqual(EMPTY_CART);
  await expectError(await bob.patch(`/cart/items/${cap.id}`, { data: { quantity: 1 } }), 404, "not_found");
  expect(await ok<CartDto>(await bob.delete(`/cart/items/${cap.id}`))).toEqual(EMPTY_CART);
  expect((await alice.cart()).items.map((line) => line.quantity)).toEqual([2]);
});

test("other methods are 405 with Allow", async ({ request }) => {
  const cases: [string, string, string][] = [
    ["POST", "/api/v1/cart", "GET"],
    ["DELETE", "/api/v1/cart", "GET"],
    ["GET", "/api/v1/cart/items", "POST"],
    ["PUT", "/api/v1/cart/items", "POST"],
    ["GET", "/api/v1/cart/items/some-id", "PATCH, DELETE"],
    ["POST", "/api/v1/cart/items/some-id", "PATCH, DELETE"],
  ];
  for (const [method, path, allow] of cases) {
    const response = await request.fetch(path, { method });
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers()["allow"], `${method} ${path}`).toBe(allow);
  }
});
