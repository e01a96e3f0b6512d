// Money is integer cents everywhere (no floating point); only display formats it.

/** The shop sells in one currency; an empty cart still answers in it. */
export const SHOP_CURRENCY = "USD";

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency: string): string {
  let formatter = formatters.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-US", { style: "currency", currency });
    formatters.set(currency, formatter);
  }
  return formatter.format(cents / 100);
}
