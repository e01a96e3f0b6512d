// What the scenarios need before they start, made through the public API as a client
// would: registered shoppers (each registration is also a session with a fresh
// refresh token) and cart lines.

export const PASSWORD = "bench-password-123";

/** One JSON request; resolves to { status, body } whatever the status. */
export async function call(base, method, path, { token, body, headers = {} } = {}) {
  const response = await fetch(new URL(path, base), {
    method,
    headers: {
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text === "" ? null : JSON.parse(text);
  } catch {
    parsed = text;
  }
  return { status: response.status, body: parsed, contentType: response.headers.get("content-type") ?? "" };
}

/** Runs `work(i)` for i in 0..count-1, `parallel` at a time. */
export async function inParallel(count, parallel, work) {
  const results = new Array(count);
  let nextIndex = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (nextIndex < count) {
        const i = nextIndex++;
        results[i] = await work(i);
      }
    }),
  );
  return results;
}

/**
 * Registers `count` shoppers with emails unique to this run. Each one hashes a
 * password on the server (argon2id), so this is the slow part of the preparation.
 */
export async function registerShoppers(base, { count, runId, label }) {
  return inParallel(count, 8, async (i) => {
    const email = `bench-${runId}-${label}-${i}@example.com`;
    const { status, body } = await call(base, "POST", "/api/v1/auth/register", {
      body: { email, password: PASSWORD, name: `Bench ${label} ${i}` },
    });
    if (status !== 201) throw new Error(`register ${email}: ${status} ${JSON.stringify(body)}`);
    return { email, accessToken: body.access_token, refreshToken: body.refresh_token };
  });
}

/** Every product with its stock, for spreading cart lines so that stock never runs out. */
export async function productsWithStock(base) {
  const { status, body } = await call(base, "GET", "/api/v1/products?limit=100");
  if (status !== 200) throw new Error(`GET /api/v1/products: ${status}`);
  return body.items.map((item) => ({ id: item.id, stock: item.stock }));
}

/**
 * Hands out one unit per shopper from the products' stock, each product's units in
 * turn, or fewer shoppers than asked when the shop has less stock than that.
 */
export function allocateUnits(products, wanted) {
  const left = products.map((product) => ({ ...product }));
  const units = [];
  while (units.length < wanted) {
    const available = left.filter((product) => product.stock > 0);
    if (available.length === 0) break;
    for (const product of available) {
      if (units.length === wanted) break;
      product.stock -= 1;
      units.push(product.id);
    }
  }
  return units;
}

export async function addCartLine(base, token, productId) {
  const { status, body } = await call(base, "POST", "/api/v1/cart/items", {
    token,
    body: { product_id: productId, quantity: 1 },
  });
  if (status !== 200) throw new Error(`POST /api/v1/cart/items: ${status} ${JSON.stringify(body)}`);
}
