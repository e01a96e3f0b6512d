// At login or register, the guest's cart joins the server cart: each guest line is added
// with POST /cart/items (quantities add up). A line the stock cannot cover is added only
// up to what is left (the 409's `available` minus what the line already holds); a product
// that no longer exists (404) is dropped. Lines that could not be sent (offline) stay in
// the guest cart for the next sign-in; everything else leaves it.
import type { CartDto, OutOfStockItem } from "@/lib/shared/api-types";
import type { ApiFetch } from "./api";
import { ApiRequestError, isTransient } from "./api-error";
import { MAX_LINE_QUANTITY } from "@/lib/shared/schemas";
import type { GuestCart, GuestLine } from "./guest-cart";

export type MergeResult = {
  /** The server cart after the last successful add (null if nothing was added). */
  cart: CartDto | null;
  /** One sentence per line that was not merged as it was, for the shopper. */
  notes: string[];
};

export async function mergeGuestCart(api: ApiFetch, guest: GuestCart, serverCart: CartDto | null): Promise<MergeResult> {
  const result: MergeResult = { cart: null, notes: [] };
  const kept: GuestLine[] = [];
  for (const line of guest.lines()) {
    const already = serverCart?.items.find((item) => item.product_id === line.product.id)?.quantity ?? 0;
    const outcome = await mergeLine(api, line, Math.min(line.quantity, MAX_LINE_QUANTITY - already));
    if (outcome.cart) result.cart = outcome.cart;
    if (outcome.note) result.notes.push(outcome.note);
    if (outcome.keep) kept.push(line);
  }
  guest.replace(kept);
  return result;
}

type LineOutcome = { cart?: CartDto; note?: string; keep?: boolean };

async function mergeLine(api: ApiFetch, line: GuestLine, quantity: number): Promise<LineOutcome> {
  const { id, name } = line.product;
  if (quantity <= 0) return { note: `${name}: your cart already holds the most one line may (${MAX_LINE_QUANTITY}).` };
  try {
    try {
      const cart = await addLine(api, id, quantity);
      const capped = quantity < line.quantity;
      return { cart, note: capped ? `${name}: ${quantity} of ${line.quantity} added (at most ${MAX_LINE_QUANTITY} per line).` : undefined };
    } catch (error) {
      if (!(error instanceof ApiRequestError) || error.code !== "out_of_stock") throw error;
      const capped = await addWhatStockAllows(api, id, quantity, error);
      if (!capped) return { note: `${name}: no more in stock, not added.` };
      return { cart: capped.cart, note: `${name}: only ${capped.added} more could be added (stock).` };
    }
  } catch (error) {
    if (!(error instanceof ApiRequestError)) throw error;
    // No answer, or the session ended meanwhile: keep the line for the next sign-in.
    if (isTransient(error) || error.status === 401) return { keep: true };
    if (error.code === "not_found") return { note: `${name} is no longer sold and was left out.` };
    return { note: `${name} could not be added (${error.message}).` };
  }
}

function addLine(api: ApiFetch, productId: string, quantity: number): Promise<CartDto> {
  return api<CartDto>("/cart/items", { method: "POST", body: { product_id: productId, quantity } });
}

/** After a 409: add `available` minus what the server line already holds, if that is anything. */
async function addWhatStockAllows(
  api: ApiFetch,
  productId: string,
  quantity: number,
  error: ApiRequestError,
): Promise<{ cart: CartDto; added: number } | null> {
  const items = (error.details.items ?? []) as OutOfStockItem[];
  const item = items.find((i) => i.product_id === productId);
  if (!item) return null;
  // `requested` is the quantity the line would have had: what it holds plus what we asked for.
  const inLine = item.requested - quantity;
  const added = item.available - inLine;
  if (added <= 0) return null;
  return { cart: await addLine(api, productId, added), added };
}
