// The cart endpoints of docs/api.md on top of the fake server: products with stock, one cart,
// 404 for unknown products, 400 past 99 per line, 409 out_of_stock past the stock.
import type { CartDto, ProductDto } from "@/lib/shared/api-types";
import type { FakeServer } from "./fake-server";

export function product(id: string, stock: number, price_cents = 1000): ProductDto {
  return {
    id,
    slug: id,
    name: `Product ${id}`,
    description: "",
    price_cents,
    currency: "USD",
    image_url: `/products/${id}.svg`,
    category: "Home",
    stock,
    created_at: "2026-01-01T00:00:00.000Z",
  };
}

export function installFakeShop(server: FakeServer, products: ProductDto[]) {
  const catalog = new Map(products.map((p) => [p.id, p]));
  const lines = new Map<string, number>();
  const error = (status: number, code: string, details: Record<string, unknown> = {}) => ({
    status,
    body: { error: { code, message: code, details } },
  });
  const cart = (): CartDto => {
    const items = [...lines].map(([id, quantity]) => {
      const p = catalog.get(id)!;
      return {
        product_id: id,
        slug: p.slug,
        name: p.name,
        price_cents: p.price_cents,
        quantity,
        line_total_cents: p.price_cents * quantity,
        image_url: p.image_url,
        stock: p.stock,
      };
    });
    return {
      items,
      subtotal_cents: items.reduce((s, i) => s + i.line_total_cents, 0),
      currency: "USD",
      item_count: items.reduce((s, i) => s + i.quantity, 0),
    };
  };
  server.route("GET /cart", () => ({ status: 200, body: cart() }));
  server.route("POST /cart/items", ({ json }) => {
    const { product_id, quantity } = json as { product_id: string; quantity: number };
    const p = catalog.get(product_id);
    if (!p) return error(404, "not_found");
    const requested = (lines.get(product_id) ?? 0) + quantity;
    if (requested > 99) return error(400, "invalid_request", { fields: { quantity: "At most 99" } });
    if (requested > p.stock) return error(409, "out_of_stock", { items: [{ product_id, requested, available: p.stock }] });
    lines.set(product_id, requested);
    return { status: 200, body: cart() };
  });
  return { lines, cart };
}
