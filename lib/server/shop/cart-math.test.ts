import { describe, expect, it } from "vitest";
import { lineTotalCents, totals } from "./cart-math";

const usd = (priceCents: number, quantity: number) => ({ priceCents, quantity, currency: "USD" });

describe("lineTotalCents", () => {
  it("multiplies whole cents exactly", () => {
    expect(lineTotalCents(2899, 3)).toBe(8697);
    expect(lineTotalCents(10, 99)).toBe(990);
    expect(lineTotalCents(0, 5)).toBe(0);
  });

  it("refuses fractions, negatives and amounts past exact integers", () => {
    expect(() => lineTotalCents(19.99, 1)).toThrow(/price/);
    expect(() => lineTotalCents(1999, 1.5)).toThrow(/quantity/);
    expect(() => lineTotalCents(-100, 1)).toThrow(/price/);
    expect(() => lineTotalCents(1999, -1)).toThrow(/quantity/);
    expect(() => lineTotalCents(Number.NaN, 1)).toThrow(/price/);
    expect(() => lineTotalCents(Number.MAX_SAFE_INTEGER, 2)).toThrow(/line total/);
  });
});

describe("totals", () => {
  it("sums line totals and quantities", () => {
    expect(totals([usd(2899, 2), usd(1950, 1), usd(1250, 4)], "USD")).toEqual({
      subtotalCents: 2899 * 2 + 1950 + 1250 * 4,
      itemCount: 7,
    });
  });

  it("adds cents that floating-point dollars would get wrong", () => {
    // 0.10 + 0.20 in dollars is 0.30000000000000004; in cents it is 30.
    expect(totals([usd(10, 1), usd(20, 1)], "USD").subtotalCents).toBe(30);
    expect(
      totals(
        Array.from({ length: 10 }, () => usd(10, 1)),
        "USD",
      ).subtotalCents,
    ).toBe(100);
  });

  it("is zero for an empty cart", () => {
    expect(totals([], "USD")).toEqual({ subtotalCents: 0, itemCount: 0 });
  });

  it("refuses to add two currencies", () => {
    expect(() => totals([usd(100, 1), { priceCents: 100, quantity: 1, currency: "EUR" }], "USD")).toThrow(/EUR/);
  });

  it("refuses a subtotal past exact integers", () => {
    const huge = usd(Math.floor(Number.MAX_SAFE_INTEGER / 2), 1);
    expect(() => totals([huge, huge, huge], "USD")).toThrow(/subtotal/);
  });
});
