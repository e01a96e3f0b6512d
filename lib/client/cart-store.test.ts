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
});
