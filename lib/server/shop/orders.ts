import "server-only";
// Orders: what a checkout bought, at the prices it paid. A user sees only their own.
import type { Prisma } from "@/lib/server/db";
import { notFound } from "@/lib/server/http";
import type { OrderDto } from "@/lib/shared/api-types";
import { shopContext, type ShopContext } from "./context";

export const orderSelect = {
  id: true,
  totalCents: true,
  currency: true,
  shippingName: true,
  shippingAddress: true,
  shippingCity: true,
  shippingPostal: true,
  shippingCountry: true,
  createdAt: true,
  // A receipt's order: by name, so the same order always lists its items alike.
  items: { orderBy: [{ name: "asc" }, { id: "asc" }], select: { productId: true, name: true, priceCents: true, quantity: true } },
} as const satisfies Prisma.OrderSelect;

type OrderRow = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

export function toOrderDto(row: OrderRow): OrderDto {
  return {
    id: row.id,
    // Every order is "placed": the shop has no payment, shipping or cancelling steps.
    status: "placed",
    items: row.items.map((item) => ({
      product_id: item.productId,
      name: item.name,
      price_cents: item.priceCents,
      quantity: item.quantity,
    })),
    total_cents: row.totalCents,
    currency: row.currency,
    shipping: {
      name: row.shippingName,
      address: row.shippingAddress,
      city: row.shippingCity,
      postal_code: row.shippingPostal,
      country: row.shippingCountry,
    },
    created_at: row.createdAt.toISOString(),
  };
}

/** GET /orders: the caller's orders, newest first. */
export async function listOrders(userId: string, { db }: Pick<ShopContext, "db"> = shopContext()): Promise<OrderDto[]> {
  const rows = await db.order.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: orderSelect,
  });
  return rows.map(toOrderDto);
}

/** GET /orders/{id}. */
export async function getOrder(userId: string, orderId: string, { db }: Pick<ShopContext, "db"> = shopContext()): Promise<OrderDto> {
  // The owner is part of the lookup: another user's order is "not found", never
  // "forbidden", so the answer does not even confirm that the id exists.
  const row = await db.order.findFirst({ where: { id: orderId, userId }, select: orderSelect });
  if (!row) throw notFound("No such order");
  return toOrderDto(row);
}
