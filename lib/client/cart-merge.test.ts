import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GUEST_CART_KEY, createGuestCart } from "./guest-cart";
import { installFakeShop, product } from "./testing/fake-shop";
import { createBrowser, openTab, type Browser, type Tab } from "./testing/tabs";

const DEMO = { email: "user@example.com", password: "password123" };

let browser: Browser;
let tab: Tab;

beforeEach(() => {
  vi.useFakeTimers();
  browser = createBrowser();
  tab = openTab(browser);
});

afterEach(() => {
  tab.stop();
  vi.useRealTimers();
});

describe("merging the guest cart at login", () => {
  it("adds each guest line to the server cart and clears the guest cart", async () => {
    const shop = installFakeShop(browser.server, [product("a", 10), product("b", 10)]);
    shop.lines.set("a", 1);
    const guest = createGuestCart(browser.storage);
    guest.add(product("a", 10), 2);
    guest.add(product("b", 10), 3);

    await tab.auth.login(DEMO);
    expect(Object.fromEntries(shop.lines)).toEqual({ a: 3, b: 3 });
    expect(browser.storage.getItem(GUEST_CART_KEY)).toBeNull();
    expect(tab.cart.getState()).toMatchObject({ status: "ready", cart: { item_count: 6 }, notice: null });
  });

  it("on 409 adds what the stock allows (available minus what the line holds); on 404 drops the line", async () => {
    const shop = installFakeShop(browser.server, [product("a", 5), product("c", 2)]);
    shop.lines.set("a", 3); // 2 more fit
    shop.lines.set("c", 2); // none fit
    const guest = createGuestCart(browser.storage);
    guest.add(product("a", 50), 4);
    guest.add(product("gone", 50), 1);
    guest.add(product("c", 50), 1);

    await tab.auth.register({ ...DEMO, name: "Asha" });
    expect(Object.fromEntries(shop.lines)).toEqual({ a: 5, c: 2 });
    const added = browser.server.calls("/cart/items").map((r) => JSON.parse(r.body ?? ""));
    expect(added).toEqual([
      { product_id: "a", quantity: 4 },
      { product_id: "a", quantity: 2 },
      { product_id: "gone", quantity: 1 },
      { product_id: "c", quantity: 1 },
    ]);
    expect(guest.lines()).toEqual([]);
    const { notice } = tab.cart.getState();
    expect(notice).toContain("Product a: only 2 more could be added");
    expect(notice).toContain("Product gone is no longer sold");
    expect(notice).toContain("Product c: no more in stock");
  });

  it("keeps the lines it could not send (offline) for the next sign-in", async () => {
    installFakeShop(browser.server, [product("a", 10), product("b", 10)]);
    const guest = createGuestCart(browser.storage);
    guest.add(product("a", 10), 1);
    guest.add(product("b", 10), 1);
    browser.server.fail("/cart/items", "network");
    await tab.auth.login(DEMO);
    expect(guest.lines().map((l) => l.product.id)).toEqual(["a"]);
  });

  it("never lets a line pass 99", async () => {
    const shop = installFakeShop(browser.server, [product("a", 500)]);
    shop.lines.set("a", 97);
    createGuestCart(browser.storage).add(product("a", 500), 5);
    await tab.auth.login(DEMO);
    expect(shop.lines.get("a")).toBe(99);
    expect(tab.cart.getState().notice).toContain("2 of 5 added");
  });
});
