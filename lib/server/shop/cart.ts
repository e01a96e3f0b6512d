import "server-only";
// The cart: one per user, kept in the database so it follows the shopper across
// devices and survives a token refresh. Every change answers with the whole cart.
import { TX_OPTIONS, type Db, type Prisma } from "@/lib/server/db";
import { ApiError, invalidRequest, notFound } from "@/lib/server/http";
import type { CartDto, OutOfStockItem } from "@/lib/shared/api-types";
import { SHOP_CURRENCY } from "@/lib/shared/money";
import { MAX_LINE_QUANTITY, type AddCartItemInput } from "@/lib/shared/schemas";
import { lineTotalCents, totals } from "./cart-math";
import { shopContext, type ShopContext } from "./context";

const lineSelect = {
  productId: true,
  quantity: true,
  product: { select: { slug: true, name: true, priceCents: true, currency: true, imageUrl: true, stock: true } },
} as const satisfies Prisma.CartItemSelect;

/** Lines in the order they were added; the id breaks ties within one millisecond. */
export const cartOrder = [{ createdAt: "asc" }, { id: "asc" }] as const satisfies Prisma.CartItemOrderByWithRelationInput[];

export async function getCart(userId: string, { db }: Pick<ShopContext, "db"> = shopContext()): Promise<CartDto> {
  return readCart(db, userId);
}

/**
 * POST /cart/items: adds to the line, creating it. The line is incremented in the
 * database (never read, added and written back, which loses one of two concurrent
 * adds) and checked afterwards; a check that fails rolls the increment back.
 */
export async function addToCart(
  userId: string,
  { product_id: productId, quantity }: AddCartItemInput,
  { db, now }: ShopContext = shopContext(),
): Promise<CartDto> {
  await db.$transaction(async (tx) => {
    const product = await tx.product.findUnique({ where: { id: productId }, select: { stock: true } });
    if (!product) throw notFound("No product with this id");
    const line = await tx.cartItem.upsert({
      where: { userId_productId: { userId, productId } },
      create: { userId, productId, quantity, createdAt: now },
      update: { quantity: { increment: quantity } },
      select: { quantity: true },
    });
    // The 99 limit comes first: it is a rule of the cart, whatever the stock.
    if (line.quantity > MAX_LINE_QUANTITY) {
      const had = line.quantity - quantity;
      throw invalidRequest("Check the highlighted fields", {
        quantity: `A cart line holds at most ${MAX_LINE_QUANTITY}; this one has ${had} already`,
      });
    }
    if (line.quantity > product.stock) {
      throw outOfStock([{ product_id: productId, requested: line.quantity, available: product.stock }]);
    }
  }, TX_OPTIONS);
  return readCart(db, userId);
}

/** PATCH /cart/items/{product_id}: sets the line's quantity; 0 removes it. */
export async function setCartQuantity(
  userId: string,
  productId: string,
  quantity: number,
  { db }: Pick<ShopContext, "db"> = shopContext(),
): Promise<CartDto> {
  const where = { userId_productId: { userId, productId } };
  const line = await db.cartItem.findUnique({ where, select: { product: { select: { stock: true } } } });
  if (!line) throw lineNotFound();
  if (quantity === 0) {
    await db.cartItem.deleteMany({ where: { userId, productId } });
  } else {
    // The cart reserves nothing, so a stock read here is advice to the shopper;
    // the checkout's conditional update is what actually guards the stock.
    if (quantity > line.product.stock) {
      throw outOfStock([{ product_id: productId, requested: quantity, available: line.product.stock }]);
    }
    const { count } = await db.cartItem.updateMany({ where: { userId, productId }, data: { quantity } });
    if (count === 0) throw lineNotFound();
  }
  return readCart(db, userId);
}

/** DELETE /cart/items/{product_id}: removes the line, if it is there. */
export async function removeFromCart(userId: string, productId: string, { db }: Pick<ShopContext, "db"> = shopContext()): Promise<CartDto> {
  await db.cartItem.deleteMany({ where: { userId, productId } });
  return readCart(db, userId);
}

/** 409 out_of_stock, listing every line that asks for more than there is. */
export function outOfStock(items: OutOfStockItem[]): ApiError {
  return new ApiError("out_of_stock", "Not enough stock for some items in your cart", { items });
}

const lineNotFound = () => notFound("This product is not in your cart");

async function readCart(db: Db, userId: string): Promise<CartDto> {
  const rows = await db.cartItem.findMany({ where: { userId }, orderBy: cartOrder, select: lineSelect });
  const lines = rows.map(({ productId, quantity, product }) => ({ productId, quantity, ...product }));
  const { subtotalCents, itemCount } = totals(lines, SHOP_CURRENCY);
  return {
    items: lines.map((line) => ({
      product_id: line.productId,
      slug: line.slug,
      name: line.name,
      price_cents: line.priceCents,
      quantity: line.quantity,
      line_total_cents: lineTotalCents(line.priceCents, line.quantity),
      image_url: line.imageUrl,
      stock: line.stock,
    })),
    subtotal_cents: subtotalCents,
    currency: SHOP_CURRENCY,
    item_count: itemCount,
  };
}
