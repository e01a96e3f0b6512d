// GET /products and GET /products/{slug}: search, filter, sort, pages, every bad query
// value, hostile input, and the public routes' handling of Bearer tokens.
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./contract";
import type { ProductDto, ProductListDto } from "@/lib/shared/api-types";
import { bearer, expectError, register, waitUntilExpired } from "./helpers";
import { ok } from "./shop-helpers";

const list = async (request: APIRequestContext, query = ""): Promise<ProductListDto> => ok(await request.get(`/api/v1/products${query}`));

/** The whole catalog in one page, the oracle for what a query should find. */
const catalog = async (request: APIRequestContext): Promise<ProductDto[]> => (await list(request, "?limit=100")).items;

const slugs = (items: ProductDto[]) => items.map((item) => item.slug);

test.describe("GET /products", () => {
  test("answers the first page of the newest products, with the total and every category", async ({ request }) => {
    const body = await list(request);
    expect(Object.keys(body).sort()).toEqual(["categories", "items", "limit", "page", "total"]);
    expect(body).toMatchObject({ page: 1, limit: 24, total: 30 });
    expect(body.categories).toEqual(["Apparel", "Home", "Kitchen", "Outdoors", "Stationery"]);
    expect(body.items).toHaveLength(24);
    const dates = body.items.map((item) => Date.parse(item.created_at));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      slug: expect.stringMatching(/^[a-z0-9-]+$/),
      name: expect.any(String),
      description: expect.any(String),
      price_cents: expect.any(Number),
      currency: "USD",
      image_url: expect.stringMatching(/^\/products\/[a-z0-9-]+\.svg$/),
      category: expect.any(String),
      stock: expect.any(Number),
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
  });

  test("pages through every match exactly once", async ({ request }) => {
    const all = slugs(await catalog(request));
    const pages = await Promise.all([1, 2, 3, 4].map((page) => list(request, `?limit=8&page=${page}`)));
    expect(pages.map((page) => page.items.length)).toEqual([8, 8, 8, 6]);
    expect(pages.flatMap((page) => slugs(page.items))).toEqual(all);
    expect(pages.every((page) => page.total === 30 && page.limit === 8)).toBe(true);
    const past = await list(request, "?page=5&limit=8");
    expect(past).toMatchObject({ items: [], page: 5, total: 30 });
  });

  test("sorts by price both ways and by name", async ({ request }) => {
    const prices = (items: ProductDto[]) => items.map((item) => item.price_cents);
    const ascending = await list(request, "?sort=price_asc&limit=100");
    expect(prices(ascending.items)).toEqual([...prices(ascending.items)].sort((a, b) => a - b));
    const descending = await list(request, "?sort=price_desc&limit=100");
    expect(prices(descending.items)).toEqual([...prices(descending.items)].sort((a, b) => b - a));
    const byName = await list(request, "?sort=name&limit=100");
    const names = byName.items.map((item) => item.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
    expect((await list(request, "?sort=newest&limit=100")).items.map((item) => item.slug)).toEqual(slugs(await catalog(request)));
  });

  test("searches name and description, case-insensitively", async ({ request }) => {
    const all = await catalog(request);
    const expected = (q: string) => slugs(all.filter((item) => `${item.name} ${item.description}`.toLowerCase().includes(q.toLowerCase())));
    for (const q of ["MERINO", "stoneware", "Cast Iron", "wool", "  brass  "]) {
      const found = await list(request, `?limit=100&q=${encodeURIComponent(q)}`);
      expect(slugs(found.items), q).toEqual(expected(q.trim()));
      expect(found.total, q).toBe(expected(q.trim()).length);
      expect(found.total, q).toBeGreaterThan(0);
    }
    // A match in the description only.
    const byDescription = await list(request, "?q=pom-pom");
    expect(slugs(byDescription.items)).toEqual(["merino-wool-beanie"]);
  });

  test("treats % and _ as the characters themselves, not as wildcards", async ({ request }) => {
    const all = await catalog(request);
    for (const q of ["%", "100%", "_", "a_b", "%%", "\\"]) {
      const found = await list(request, `?limit=100&q=${encodeURIComponent(q)}`);
      const expected = all.filter((item) => `${item.name} ${item.description}`.toLowerCase().includes(q));
      expect(slugs(found.items), q).toEqual(slugs(expected));
    }
    // The catalog does have a "100%" in it, so the search above found something real.
    expect((await list(request, "?q=100%25")).total).toBeGreaterThan(0);
  });

  test("filters by category; an unknown one finds nothing, an empty one is no filter", async ({ request }) => {
    const kitchen = await list(request, "?category=Kitchen&limit=100");
    expect(kitchen.total).toBe(6);
    expect(kitchen.items.every((item) => item.category === "Kitchen")).toBe(true);
    expect(kitchen.categories).toHaveLength(5);
    expect(await list(request, "?category=kitchen")).toMatchObject({ items: [], total: 0 });
    expect((await list(request, "?category=&q=")).total).toBe(30);
    const both = await list(request, "?category=Outdoors&q=camp&sort=price_asc");
    expect(both.items.every((item) => item.category === "Outdoors" && /camp/i.test(item.name + item.description))).toBe(true);
    expect(both.total).toBeGreaterThan(0);
  });

  test("ignores unknown parameters", async ({ request }) => {
    expect((await list(request, "?color=red&utm_source=x&limit=2")).items).toHaveLength(2);
  });

  test("every bad query value is 400 invalid_request naming the parameter", async ({ request }) => {
    const cases: [string, string][] = [
      ["limit=0", "limit"],
      ["limit=101", "limit"],
      ["limit=1000", "limit"],
      ["limit=-1", "limit"],
      ["limit=ten", "limit"],
      ["limit=2.5", "limit"],
      ["limit=1e2", "limit"],
      ["page=0", "page"],
      ["page=-3", "page"],
      ["page=abc", "page"],
      ["page=1.0", "page"],
      ["page=99999999999999999999", "page"],
      ["sort=bogus", "sort"],
      ["sort=PRICE_ASC", "sort"],
      [`q=${"x".repeat(201)}`, "q"],
      [`q=${"a".repeat(3000)}`, "q"],
      ["q=a%00b", "q"],
      ["category=Kitchen%00", "category"],
      [`category=${"c".repeat(101)}`, "category"],
      ["limit=1&limit=2", "limit"],
      ["q=a&q=b", "q"],
      ["sort=name&sort=name", "sort"],
    ];
    for (const [query, field] of cases) {
      const error = await expectError(await request.get(`/api/v1/products?${query}`), 400, "invalid_request");
      expect(Object.keys(error.details.fields as object), query.slice(0, 40)).toEqual([field]);
    }
    const error = await expectError(await request.get("/api/v1/products?page=0&limit=0&sort=x"), 400, "invalid_request");
    expect(Object.keys(error.details.fields as object).sort()).toEqual(["limit", "page", "sort"]);
  });

  test("accepts the edges of every range", async ({ request }) => {
    expect((await list(request, "?limit=1")).items).toHaveLength(1);
    expect((await list(request, "?limit=100")).items).toHaveLength(30);
    expect((await list(request, `?q=${"x".repeat(200)}`)).total).toBe(0);
  });

  test("hostile strings are only text: never a 5xx, never more than a literal match", async ({ request }) => {
    const hostile = [
      "'",
      '"',
      "' OR '1'='1",
      '" OR 1=1 --',
      '\'; DROP TABLE "Product"; --',
      "1; SELECT * FROM User",
      "%' UNION SELECT passwordHash FROM User --",
      "\\'",
      "<script>alert(1)</script>",
      "${7*7}",
      "ᚠᛇᚻ 🚀 ß İ",
      "\u202e\ufeff",
    ];
    for (const value of hostile) {
      for (const name of ["q", "category"]) {
        const response = await request.get(`/api/v1/products?${name}=${encodeURIComponent(value)}`);
        expect(response.status(), `${name}=${value}`).toBe(200);
        expect((await response.json()).total, `${name}=${value}`).toBe(0);
      }
      const detail = await request.get(`/api/v1/products/${encodeURIComponent(value)}`);
      expect(detail.status(), value).toBeLessThan(500);
    }
    for (const query of ["q=%00", "category=%00", `category=${"c".repeat(3000)}`, "q=%ff%fe", "page=%00"]) {
      expect((await request.get(`/api/v1/products?${query}`)).status(), query).toBeLessThan(500);
    }
    // Slugs that cannot exist, malformed percent-encoding included: a JSON 404.
    for (const slug of ["%ff", "a%e2%82b", "x".repeat(3000), "..%2f..%2fetc%2fpasswd", "%27%20OR%201=1"]) {
      await expectError(await request.get(`/api/v1/products/${slug}`), 404, "not_found");
    }
    // A NUL is no text at all: the path segment is refused like a body field would be.
    for (const slug of ["%00", "a%00b", "a%1bb"]) {
      const body = await expectError(await request.get(`/api/v1/products/${slug}`), 400, "invalid_request");
      expect(body.details).toEqual({ fields: { slug: expect.any(String) } });
    }
    // And the catalog is still there.
    expect((await list(request)).total).toBe(30);
  });

  test("other methods are 405 with Allow: GET", async ({ request }) => {
    for (const response of [await request.post("/api/v1/products", { data: {} }), await request.delete("/api/v1/products")]) {
      await expectError(response, 405, "method_not_allowed");
      expect(response.headers()["allow"]).toBe("GET");
    }
  });
});

test.describe("GET /products/{slug}", () => {
  test("answers the product, the same as in the list", async ({ request }) => {
    const [first] = (await list(request, "?q=cast%20iron%20skillet")).items;
    const response = await request.get("/api/v1/products/cast-iron-skillet");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect({ ...body, stock: 0 }).toEqual({ ...first, stock: 0 });
    expect(body.slug).toBe("cast-iron-skillet");
  });

  test("an unknown slug is 404 not_found", async ({ request }) => {
    await expectError(await request.get("/api/v1/products/no-such-thing"), 404, "not_found");
    await expectError(await request.get("/api/v1/products/CAST-IRON-SKILLET"), 404, "not_found");
  });

  test("other methods are 405 with Allow: GET", async ({ request }) => {
    const response = await request.put("/api/v1/products/cast-iron-skillet", { data: {} });
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers()["allow"]).toBe("GET");
  });
});

test.describe("product routes and tokens", () => {
  const routes = ["/api/v1/products", "/api/v1/products/cast-iron-skillet"];

  test("answer without a token, with another scheme, and with a valid Bearer token", async ({ request }) => {
    const { access_token } = await register(request);
    for (const path of routes) {
      expect((await request.get(path)).status()).toBe(200);
      expect((await request.get(path, { headers: { Authorization: "Basic dXNlcjpwYXNz" } })).status()).toBe(200);
      expect((await request.get(path, { headers: bearer(access_token) })).status()).toBe(200);
    }
  });

  test("an invalid Bearer token is 401 invalid_token, even on a public route", async ({ request }) => {
    for (const path of routes) {
      for (const value of ["Bearer ", "Bearer not-a-jwt", "Bearer a.b.c"]) {
        await expectError(await request.get(path, { headers: { Authorization: value } }), 401, "invalid_token");
      }
    }
  });

  test("an expired Bearer token is 401 token_expired, so the client refreshes while browsing", async ({ request }) => {
    const { access_token } = await register(request);
    await waitUntilExpired(request, access_token);
    for (const path of routes) {
      await expectError(await request.get(path, { headers: bearer(access_token) }), 401, "token_expired");
    }
    // Authentication comes first: even a bad query gets the 401, not the 400.
    await expectError(await request.get("/api/v1/products?limit=0", { headers: bearer(access_token) }), 401, "token_expired");
  });
});
