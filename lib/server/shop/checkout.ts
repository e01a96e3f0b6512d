import "server-only";
// POST /checkout: turns the cart into an order. One transaction checks and takes the
// stock, writes the order at the current prices, empties the cart and binds the
// Idempotency-Key; if any step fails, none of it happened.
import { TX_OPTIONS, type Tx } from "@/lib/server/db";
import { ApiError } from "@/lib/server/http";
import type { OrderDto, OutOfStockItem, ShippingDto } from "@/lib/shared/api-types";
import { SHOP_CURRENCY } from "@/lib/shared/money";
import { cartOrder, outOfStock } from "./cart";
import { totals } from "./cart-math";
import { shopContext, type ShopContext } from "./context";
import { bindIdempotencyKey, claimIdempotencyKey, releaseIdempotencyKey, requestHash } from "./idempotency";
import { getOrder, orderSelect, toOrderDto } from "./orders";

export type CheckoutRequest = {
  shipping: ShippingDto;
  /** The `Idempotency-Key` header. */
  key: string;
  /** The body as sent, before validation: a replay must be JSON-equal to it. */
  body: unknown;
};

export type CheckoutResult = { order: OrderDto; replayed: boolean };

const MAX_ATTEMPTS = 3;

export async function checkout(
  userId: string,
  { shipping, key, body }: CheckoutRequest,
  ctx: ShopContext = shopContext(),
): Promise<CheckoutResult> {
  const { db, now } = ctx;
  const claim = await claimIdempotencyKey(db, { userId, key, requestHash: requestHash(body), now });
  if (claim.kind === "replay") return { order: await getOrder(userId, claim.orderId, ctx), replayed: true };
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const order = await db.$transaction((tx) => placeOrder(tx, { userId, shipping, claimId: claim.id, now }), TX_OPTIONS);
        return { order, replayed: false };
      } catch (error) {
        // Another checkout of this user bought (part of) the cart while this one ran:
        // run again on the cart as it is now, as if the two had come one after the other.
        if (!(error instanceof CartChanged)) throw error;
        if (attempt === MAX_ATTEMPTS) {
          throw new ApiError("idempotency_conflict", "Your cart changed during checkout; please try again");
        }
      }
    }
  } catch (error) {
    // Only a 201 binds a key: after a failed checkout the same key may try again.
    await releaseIdempotencyKey(db, claim.id);
    throw error;
  }
}

/** The cart was changed by a concurrent request between this checkout's read and its write. */
export class CartChanged extends Error {
  constructor() {
    super("The cart changed during checkout");
    this.name = "CartChanged";
  }
}

type PlaceOrder = { userId: string; shipping: ShippingDto; claimId: string; now: Date };

/** The checkout transaction. Throws to roll it back: cart_empty, out_of_stock, or a lost race. */
export async function placeOrder(tx: Tx, { userId, shipping, claimId, now }: PlaceOrder): Promise<OrderDto> {
  const lines = await tx.cartItem.findMany({
    where: { userId },
    orderBy: cartOrder,
    select: { id: true, productId: true, quantity: true, product: { select: { name: true, priceCents: true, currency: true } } },
  });
  if (lines.length === 0) throw new ApiError("cart_empty", "Your cart is empty");

  const short = new Set<string>();
  // Products in one fixed order (by id) in every checkout: two checkouts that lock the
  // same rows in opposite orders could deadlock on PostgreSQL.
  for (const line of [...lines].sort((a, b) => (a.productId < b.productId ? -1 : 1))) {
    // The guard against overselling: stock is taken only where it still covers the
    // line, checked and written in one statement. Of concurrent checkouts (on any
    // number of server instances) only as many succeed as there is stock.
    const { count } = await tx.product.updateMany({
      where: { id: line.productId, stock: { gte: line.quantity } },
      data: { stock: { decrement: line.quantity } },
    });
    if (count === 0) short.add(line.productId);
  }
  if (short.size > 0) {
    const stock = await tx.product.findMany({ where: { id: { in: [...short] } }, select: { id: true, stock: true } });
    const available = new Map(stock.map((product) => [product.id, product.stock]));
    const items: OutOfStockItem[] = lines
      .filter((line) => short.has(line.productId))
      .map((line) => ({ product_id: line.productId, requested: line.quantity, available: available.get(line.productId) ?? 0 }));
    // Thrown, so the decrements of the lines that did fit are rolled back too.
    throw outOfStock(items);
  }

  // The current prices, read in this transaction: an order never charges a price the
  // shopper saw in a stale page, and never one that is not the product's now.
  const items = lines.map((line) => ({
    productId: line.productId,
    name: line.product.name,
    priceCents: line.product.priceCents,
    currency: line.product.currency,
    quantity: line.quantity,
  }));
  const order = await tx.order.create({
    data: {
      userId,
      status: "placed",
      totalCents: totals(items, SHOP_CURRENCY).subtotalCents,
      currency: SHOP_CURRENCY,
      shippingName: shipping.name,
      shippingAddress: shipping.address,
      shippingCity: shipping.city,
      shippingPostal: shipping.postal_code,
      shippingCountry: shipping.country,
      createdAt: now,
      items: { create: items.map(({ currency: _, ...item }) => item) },
    },
    select: orderSelect,
  });

  // Empty the cart this checkout read, line by line and only if each still holds what
  // was bought: a line that a concurrent checkout bought or the shopper lowered meanwhile
  // means this order is not what the cart says any more, so it rolls back and runs again.
  for (const line of lines) {
    const { count } = await tx.cartItem.deleteMany({ where: { id: line.id, quantity: line.quantity } });
    if (count === 0) throw new CartChanged();
  }
  await bindIdempotencyKey(tx, claimId, order.id);
  return toOrderDto(order);
}
