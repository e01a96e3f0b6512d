import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { installFakeShop, product } from "./testing/fake-shop";
import { createBrowser, openTab, type Browser, type Tab } from "./testing/tabs";

const DEMO = { email: "user@example.com", password: "password123" };

let browser: Browser;
let tab: Tab;

beforeEach(async () => {
  vi.useFakeTimers();
  browser = createBrowser();
  installFakeShop(browser.server, [product("a", 3), product("b", 10)]);
  tab = openTab(browser);
  await tab.auth.restoreSession(); // no session: a guest
});

afterEach(() => {
  tab.stop();
  vi.useRealTimers();
});

describe("cart store", () => {
  it("works on the guest cart while signed out, with no API call", async () => {
    await tab.cart.getState().add(product("a", 3), 2);
    expect(tab.cart.getState()).toMatchObject({ status: "ready", error: null, cart: { item_count: 2 } });
    await tab.cart.getState().add(product("a", 3), 2);
    expect(tab.cart.getState()).toMatchObject({ error: "Only 3 in stock.", cart: { item_count: 2 } });
    expect(browser.server.calls("/cart/items")).toEqual([]);
  });

  it("calls the API while signed in and follows the session in and out", async () => {
    await tab.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(0);
    await tab.cart.getState().add(product("b", 10), 4);
    expect(browser.server.calls("/cart/items")).toHaveLength(1);
    expect(tab.cart.getState()).toMatchObject({ status: "ready", cart: { item_count: 4 } });

    await tab.auth.logout();
    await vi.advanceTimersByTimeAsync(0);
    expect(tab.cart.getState().cart).toMatchObject({ items: [], item_count: 0 }); // the (empty) guest cart again
  });

  it("waits for the session restore before deciding where the cart lives", async () => {
    const reloaded = openTab(browser);
    const load = reloaded.cart.getState().load();
    expect(reloaded.cart.getState().status).toBe("loading");
    await reloaded.auth.restoreSession();
    await load;
    expect(reloaded.cart.getState()).toMatchObject({ status: "ready", cart: { items: [] } });
    reloaded.stop();
  });

  it("overlapping edits of two lines end showing the server's latest cart, whichever answer is slow", async () => {
    const shop = installFakeShop(browser.server, [product("a", 10), product("b", 10)]);
    await tab.auth.login(DEMO);
    await tab.cart.getState().add(product("a", 10), 4);
    await tab.cart.getState().add(product("b", 10), 1);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const setLine = (id: string, slow: boolean) =>
      browser.server.route(`PATCH /cart/items/${id}`, async ({ json }) => {
        shop.lines.set(id, (json as { quantity: number }).quantity);
        const answer = shop.cart(); // the cart as this call left it
        if (slow) await held;
        return { status: 200, body: answer };
      });
    setLine("a", true);
    setLine("b", false);

    const first = tab.cart.getState().setQuantity("a", 5); // its answer is held
    const second = tab.cart.getState().setQuantity("b", 2);
    await vi.advanceTimersByTimeAsync(0);
    release();
    await Promise.all([first, second]);

    const lines = (cart: ReturnType<typeof shop.cart> | null) => Object.fromEntries((cart?.items ?? []).map((i) => [i.product_id, i.quantity]));
    expect(lines(shop.cart())).toEqual({ a: 5, b: 2 });
    expect(lines(tab.cart.getState().cart)).toEqual({ a: 5, b: 2 });
    // One after the other: the second edit went out only once the first was answered.
    expect(browser.server.calls("/cart/items/b")).toHaveLength(1);
  });
});
