import "server-only";
// The money arithmetic of carts and orders: integer cents only, so a total is exact
// (0.1 + 0.2 never shows up as 0.30000000000000004 on a receipt), and one currency per
// sum, because adding dollars to rupees gives a number that means nothing.

export type PricedLine = { priceCents: number; quantity: number; currency: string };

export type Totals = { subtotalCents: number; itemCount: number };

/** Price times quantity, refusing anything that is not a whole, safe amount. */
export function lineTotalCents(priceCents: number, quantity: number): number {
  assertWhole(priceCents, "price");
  assertWhole(quantity, "quantity");
  const total = priceCents * quantity;
  assertWhole(total, "line total");
  return total;
}

/** The subtotal and the number of items (the sum of the quantities) of a cart or order. */
export function totals(lines: readonly PricedLine[], currency: string): Totals {
  let subtotalCents = 0;
  let itemCount = 0;
  for (const line of lines) {
    if (line.currency !== currency) {
      throw new Error(`Cannot add a ${line.currency} price to a ${currency} total`);
    }
    subtotalCents += lineTotalCents(line.priceCents, line.quantity);
    itemCount += line.quantity;
  }
  assertWhole(subtotalCents, "subtotal");
  return { subtotalCents, itemCount };
}

function assertWhole(value: number, what: string): void {
  // A fraction of a cent, a negative amount or a number past 2^53 (where integers stop
  // being exact) is a bug upstream; failing loudly beats charging a wrong amount.
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new Error(`The ${what} must be a whole, non-negative number below 2^53; got ${value}`);
  }
}
