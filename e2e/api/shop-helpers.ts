// Shared steps of the shop's HTTP tests.
//
// Checkouts change the stock of the seeded products, and the test files run in
// parallel against one server, so every product a test buys belongs to that test
// alone, and no test expects the stock of a product that another one buys:
//   checkout.spec.ts  enamel-camp-mug, washi-tape-set, dot-grid-notebook,
//                     insulated-steel-water-bottle, walnut-wall-clock (the race),
//                     ceramic-table-lamp, amber-jar-soy-candle, letterpress-greeting-cards,
//                     weekly-desk-planner
//   orders.spec.ts    stoneware-coffee-mug, linen-throw-pillow
//   cart.spec.ts      buys nothing; reads the stock of products no test buys
//   products.spec.ts  buys nothing; never expects a stock value
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import type { CartDto, OrderDto, ProductDto } from "@/lib/shared/api-types";
import { bearer, register } from "./helpers";

export const SHIPPING = {
  name: "Asha Verma",
  address: "12 MG Road",
  city: "Pune",
  postal_code: "411001",
  country: "India",
} as const;

type Options = { data?: unknown; headers?: Record<string, string> };

/**
 * A registered user with a session. The e2e servers' access tokens live 3 seconds, so,
 * like the shop's browser client, it refreshes once on 401 token_expired and sends the
 * same request again (a request refused at authentication did nothing).
 */
export class Shopper {
  private refreshing: Promise<void> | null = null;

  private constructor(
    readonly request: APIRequestContext,
    readonly userId: string,
    public accessToken: string,
    private refreshToken: string,
  ) {}

  static async register(request: APIRequestContext): Promise<Shopper> {
    const login = await register(request);
    return new Shopper(request, login.user.id, login.access_token, login.refresh_token!);
  }

  get = (path: string, options: Options = {}) => this.send("GET", path, options);
  post = (path: string, options: Options = {}) => this.send("POST", path, options);
  patch = (path: string, options: Options = {}) => this.send("PATCH", path, options);
  delete = (path: string, options: Options = {}) => this.send("DELETE", path, options);

  private async send(method: string, path: string, { data, headers = {} }: Options): Promise<APIResponse> {
    const attempt = () => this.request.fetch(`/api/v1${path}`, { method, data, headers: { ...headers, ...bearer(this.accessToken) } });
    const response = await attempt();
    if (response.status() !== 401 || (await response.json()).error?.code !== "token_expired") return response;
    await this.refresh();
    return attempt();
  }

  /** One refresh at a time, shared by every request that found the token expired. */
  async refresh(): Promise<void> {
    this.refreshing ??= (async () => {
      const response = await this.request.post("/api/v1/auth/refresh", { data: { refresh_token: this.refreshToken } });
      expect(response.status(), await response.text()).toBe(200);
      const body = await response.json();
      this.accessToken = body.access_token;
      this.refreshToken = body.refresh_token;
    })().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  async cart(): Promise<CartDto> {
    return ok(await this.get("/cart"));
  }

  async add(productId: string, quantity: number): Promise<CartDto> {
    return ok(await this.post("/cart/items", { data: { product_id: productId, quantity } }));
  }

  checkout(key: string, data: unknown = { shipping: SHIPPING }): Promise<APIResponse> {
    return this.post("/checkout", { data, headers: { "Idempotency-Key": key } });
  }

  async orders(): Promise<OrderDto[]> {
    return (await ok<{ orders: OrderDto[] }>(await this.get("/orders"))).orders;
  }
}

/** GET /products/{slug}, as a guest. */
export async function product(request: APIRequestContext, slug: string): Promise<ProductDto> {
  return ok(await request.get(`/api/v1/products/${slug}`));
}

/** A 200 response's body, failing with the body in the message otherwise. */
export async function ok<T>(response: APIResponse): Promise<T> {
  expect(response.status(), await response.text()).toBe(200);
  return response.json();
}

let keys = 0;
/** A fresh Idempotency-Key, as a client makes one per checkout attempt. */
export function newKey(): string {
  keys += 1;
  return `checkout-${Date.now().toString(36)}-${process.pid}-${keys}`;
}
