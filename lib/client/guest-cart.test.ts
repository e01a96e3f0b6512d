import { describe, expect, it } from "vitest";
import { ApiRequestError } from "./api-error";
import { createGuestCart, GUEST_CART_KEY } from "./guest-cart";
import { product } from "./testing/fake-shop";
import { memoryStorage } from "./token-storage";

describe("guest cart", () => {
  it("is kept in localStorage and shown as a CartDto", () => {
    const storage = memoryStorage();
    const guest = createGuestCart(storage);
    guest.add(product("a", 5, 250), 2);
    guest.add(product("b", 5, 1000), 1);
    const cart = guest.add(product("a", 5, 250), 1);
    expect(cart).toEqual({
      items: [
        expect.objectContaining({ product_id: "a", quantity: 3, line_total_cents: 750, stock: 5 }),
        expect.objectContaining({ product_id: "b", quantity: 1, line_total_cents: 1000 }),
      ],
      subtotal_cents: 1750,
      currency: "USD",
      item_count: 4,
    });
    expect(createGuestCart(storage).cart()).toEqual(cart); // another tab, or after a reload
  });

  it("follows the API's rules and error codes", () => {
    const guest = createGuestCart(memoryStorage());
    guest.add(product("a", 3), 2);
    expect(() => guest.add(product("a", 3), 2)).toThrow(
      expect.objectContaining({ status: 409, code: "out_of_stock", details: { items: [{ product_id: "a", requested: 4, available: 3 }] } }),
    );
    expect(() => guest.add(product("b", 500), 100)).toThrow(expect.objectContaining({ status: 400, code: "invalid_request" }));
    expect(() => guest.add(product("b", 500), 0)).toThrow(ApiRequestError);
    expect(() => guest.setQuantity("missing", 1)).toThrow(expect.objectContaining({ status: 404, code: "not_found" }));
    expect(() => guest.setQuantity("a", 4)).toThrow(expect.objectContaining({ code: "out_of_stock" }));
    expect(guest.setQuantity("a", 0).items).toEqual([]);
  });

  it("empties when the last line goes; an unreadable stored cart counts as empty", () => {
    const storage = memoryStorage();
    const guest = createGuestCart(storage);
    guest.add(product("a", 3), 1);
    expect(guest.remove("a").item_count).toBe(0);
    expect(storage.getItem(GUEST_CART_KEY)).toBeNull();
    storage.setItem(GUEST_CART_KEY, "{not json");
    expect(guest.cart().items).toEqual([]);
    storage.setItem(GUEST_CART_KEY, JSON.stringify([{ product: { id: 1 }, quantity: "lots" }]));
    expect(guest.lines()).toEqual([]);
  });
});
