// A shopper who has not signed in still has a cart: it lives in localStorage
// (`shop.guest-cart`) and is shown as the same CartDto the server returns, with the same
// rules and error codes (1..99 per line, no more than the stock), so the pages treat both
// alike. At login or register it is merged into the server cart (cart-merge.ts) and cleared.
import { z } from "zod";
import type { CartDto, ProductDto } from "@/lib/shared/api-types";
import { SHOP_CURRENCY } from "@/lib/shared/money";
import { MAX_LINE_QUANTITY } from "@/lib/shared/schemas";
import { ApiRequestError } from "./api-error";
import type { KeyValueStorage } from "./token-storage";

export const GUEST_CART_KEY = "shop.guest-cart";

// What the guest cart remembers of a product: enough to show the line and check the stock.
const guestLineSchema = z.object({
  product: z.object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    price_cents: z.number().int(),
    currency: z.string(),
    image_url: z.string(),
    stock: z.number().int(),
  }),
  quantity: z.number().int().min(1).max(MAX_LINE_QUANTITY),
});
export type GuestLine = z.infer<typeof guestLineSchema>;

export type GuestCart = ReturnType<typeof createGuestCart>;

export function createGuestCart(storage: KeyValueStorage) {
  const read = (): GuestLine[] => {
    try {
      // Another tab, an older build or a curious shopper may have written it: check it.
      const parsed = z.array(guestLineSchema).safeParse(JSON.parse(storage.getItem(GUEST_CART_KEY) ?? "[]"));
      return parsed.success ? parsed.data : [];
    } catch {
      return [];
    }
  };
  const write = (lines: GuestLine[]): CartDto => {
    if (lines.length === 0) storage.removeItem(GUEST_CART_KEY);
    else storage.setItem(GUEST_CART_KEY, JSON.stringify(lines));
    return toCartDto(lines);
  };

  return {
    lines: read,
    cart: (): CartDto => toCartDto(read()),
    add(product: ProductDto, quantity: number): CartDto {
      checkQuantity(quantity, 1);
      const lines = read();
      const line = lines.find((l) => l.product.id === product.id);
      const total = (line?.quantity ?? 0) + quantity;
      if (total > MAX_LINE_QUANTITY) {
        throw invalidQuantity(`A cart line holds at most ${MAX_LINE_QUANTITY}; this one has ${line?.quantity ?? 0} already`);
      }
      if (total > product.stock) throw outOfStock(product.id, total, product.stock);
      const snapshot = {
        id: product.id,
        slug: product.slug,
        name: product.name,
        price_cents: product.price_cents,
        currency: product.currency,
        image_url: product.image_url,
        stock: product.stock,
      };
      if (line) Object.assign(line, { product: snapshot, quantity: total });
      else lines.push({ product: snapshot, quantity });
      return write(lines);
    },
    setQuantity(productId: string, quantity: number): CartDto {
      checkQuantity(quantity, 0);
      const lines = read();
      const line = lines.find((l) => l.product.id === productId);
      if (!line) throw new ApiRequestError(404, "not_found", "This product is not in the cart");
      if (quantity === 0) return write(lines.filter((l) => l !== line));
      if (quantity > line.product.stock) throw outOfStock(productId, quantity, line.product.stock);
      line.quantity = quantity;
      return write(lines);
    },
    remove(productId: string): CartDto {
      return write(read().filter((l) => l.product.id !== productId));
    },
    /** Keeps only these lines (after a merge, the ones that could not be merged yet). */
    replace: (lines: GuestLine[]): CartDto => write(lines),
  };
}

function toCartDto(lines: GuestLine[]): CartDto {
  const items = lines.map(({ product, quantity }) => ({
    product_id: product.id,
    slug: product.slug,
    name: product.name,
    price_cents: product.price_cents,
    quantity,
    line_total_cents: product.price_cents * quantity,
    image_url: product.image_url,
    stock: product.stock,
  }));
  return {
    items,
    subtotal_cents: items.reduce((sum, item) => sum + item.line_total_cents, 0),
    currency: lines[0]?.product.currency ?? SHOP_CURRENCY,
    item_count: items.reduce((sum, item) => sum + item.quantity, 0),
  };
}

function checkQuantity(quantity: number, min: number) {
  if (!Number.isInteger(quantity) || quantity < min || quantity > MAX_LINE_QUANTITY) {
    throw invalidQuantity(`Must be a whole number from ${min} to ${MAX_LINE_QUANTITY}`);
  }
}

const invalidQuantity = (message: string) =>
  new ApiRequestError(400, "invalid_request", "Check the highlighted fields", { fields: { quantity: message } });

const outOfStock = (productId: string, requested: number, available: number) =>
  new ApiRequestError(409, "out_of_stock", "Not enough stock", {
    items: [{ product_id: productId, requested, available }],
  });
