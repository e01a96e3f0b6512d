import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LOCK_TIMEOUT_MS, REFRESH_LOCK } from "./refresher";
import { newTabName } from "./tab-sync";
import { memoryStorage, STORAGE_KEYS } from "./token-storage";
import { createBrowser, openTab, type Browser, type Tab } from "./testing/tabs";

const DEMO = { email: "user@example.com", password: "password123" };

let tabs: Tab[] = [];
const open = (browser: Browser) => {
  const tab = openTab(browser);
  tabs.push(tab);
  return tab;
};

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  for (const tab of tabs) tab.stop();
  tabs = [];
  vi.useRealTimers();
});

describe.each(["cookie", "localStorage"] as const)("two tabs in %s mode", (mode) => {
  async function twoSignedInTabs(options: { hubDelayMs?: number } = {}) {
    const browser = createBrowser(options);
    browser.storage.setItem(STORAGE_KEYS.mode, mode);
    const a = open(browser);
    const b = open(browser);
    await a.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(100); // the login's broadcast reaches tab B
    expect(b.authStore.getState()).toMatchObject({ status: "signed-in", accessToken: a.authStore.getState().accessToken });
    return { browser, a, b };
  }

  it("an expired token in both tabs: one refresh call between them, and both keep the session", async () => {
    const { browser, a, b } = await twoSignedInTabs();
    browser.server.expireAccessTokens();
    const both = Promise.all([a.apiFetch("/cart-a"), b.apiFetch("/cart-b")]);
    await vi.advanceTimersByTimeAsync(100);
    await expect(both).resolves.toHaveLength(2);

    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
    for (const tab of [a, b]) expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", signedOutReason: null });
    expect(b.authStore.getState().accessToken).toBe(a.authStore.getState().accessToken);

    // Each timeline says who refreshed: the caller's own refresh event, and in the other
    // tab the token it took over, named after the tab that called.
    const [caller, other] = a.eventStore.getState().events.some((e) => e.kind === "refresh" && e.status === 200) ? [a, b] : [b, a];
    const tookOver = other.eventStore.getState().events.filter((e) => e.note === "other_tab_refreshed" || e.kind === "tab-refresh-received");
    // The waiting call's group names the caller too, whether the lock or the broadcast came first.
    expect(tookOver.filter((e) => e.kind === "refresh")).toHaveLength(1);
    for (const event of tookOver) expect(event.tab).toBe(caller.tabName);
  });

  it("holds when the other tab's broadcast arrives after the lock is released", async () => {
    // The lock and the channel are unordered: tab B may get the lock before A's message.
    const { browser, a, b } = await twoSignedInTabs({ hubDelayMs: 50 });
    browser.server.expireAccessTokens();
    const both = Promise.all([a.apiFetch("/cart-a"), b.apiFetch("/cart-b")]);
    await vi.advanceTimersByTimeAsync(200);
    await expect(both).resolves.toHaveLength(2);

    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
    for (const tab of [a, b]) expect(tab.authStore.getState().status).toBe("signed-in");
  });

  it("a logout in one tab signs out the other", async () => {
    const { a, b } = await twoSignedInTabs();
    await a.auth.logout();
    await vi.advanceTimersByTimeAsync(0);
    expect(a.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "logged_out" });
    expect(b.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "logged_out_elsewhere", accessToken: null });
  });
});

describe("across tabs", () => {
  it("a login in one tab signs in the others", async () => {
    const browser = createBrowser();
    const a = open(browser);
    const b = open(browser);
    await b.auth.restoreSession(); // no cookie yet: a guest
    expect(b.authStore.getState().status).toBe("signed-out");
    await a.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(0);
    expect(b.authStore.getState()).toMatchObject({ status: "signed-in", user: { email: DEMO.email } });
    expect(b.eventStore.getState().events.map((e) => e.kind)).toContain("tab-refresh-received");
  });

  it("a stuck lock cannot hang the app: after the timeout the refresh runs without it", async () => {
    const browser = createBrowser();
    const tab = open(browser);
    await tab.auth.login(DEMO);
    browser.locks?.holdForever(REFRESH_LOCK); // another tab took the lock and froze
    browser.server.expireAccessTokens();
    const pending = tab.apiFetch<{ path: string }>("/items");

    await vi.advanceTimersByTimeAsync(LOCK_TIMEOUT_MS - 1);
    expect(browser.server.calls("/auth/refresh")).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await expect(pending).resolves.toMatchObject({ path: "/items" });
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
    const refresh = tab.eventStore.getState().events.find((e) => e.kind === "refresh");
    expect(refresh?.lock).toBe("timed_out");
    expect(tab.authStore.getState().status).toBe("signed-in");
  });

  it("switching the token storage signs out every tab, which then agree on the mode", async () => {
    const browser = createBrowser();
    const a = open(browser);
    const b = open(browser);
    await a.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(0);
    const cookie = browser.server.cookie();

    a.auth.setStorageMode("localStorage");
    await vi.advanceTimersByTimeAsync(0);
    for (const tab of [a, b]) {
      expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "storage_mode_changed", mode: "localStorage" });
    }
    expect(browser.storage.getItem(STORAGE_KEYS.mode)).toBe("localStorage");
    expect(browser.server.isRevoked(cookie ?? "")).toBe(true); // the old session ended on the server too
  });
});

describe("the back/forward cache", () => {
  it("a page brought back after this browser signed out elsewhere signs out before any request", async () => {
    const browser = createBrowser();
    const left = open(browser); // the page the shopper navigated away from, frozen in the cache
    await left.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(0);
    left.stop(); // a frozen page hears no message
    const other = open(browser);
    await other.auth.restoreSession();
    await other.auth.logout();
    left.start();

    left.page.restoreFromCache();
    expect(left.authStore.getState()).toMatchObject({ status: "signed-out", accessToken: null });
    await expect(left.apiFetch("/items")).rejects.toMatchObject({ status: 401, code: "unauthorized" });
    expect(browser.server.calls("/items").map((r) => r.headers.authorization)).toEqual([undefined]);
  });

  it("a page brought back after another tab refreshed does not send its replaced token: it refreshes first", async () => {
    const browser = createBrowser();
    const left = open(browser);
    await left.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(0);
    left.authStore.setState({ proactiveRefresh: true });
    left.stop();
    const other = open(browser);
    await other.auth.restoreSession(); // a refresh: a new token version for the browser
    left.start();

    const replaced = left.authStore.getState().accessToken;
    left.page.restoreFromCache();
    await left.apiFetch("/items");
    const sent = browser.server.calls("/items").map((r) => r.headers.authorization);
    expect(sent).toEqual([`Bearer ${other.authStore.getState().accessToken}`]);
    expect(sent).not.toContain(`Bearer ${replaced}`);
    // It took the other tab's token (the handoff) instead of rotating the refresh token again.
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
  });
});

describe("recovering from an outage", () => {
  it("a tab waiting between refresh attempts takes the token another tab got, at once", async () => {
    const browser = createBrowser();
    const a = open(browser);
    const b = open(browser);
    await a.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(0);
    browser.server.expireAccessTokens();
    browser.server.fail("/auth/refresh", 503, 503, 503, 503, 503);
    const failing = b.apiFetch("/items").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000); // tab B: 4 failed attempts, now waiting 8 s
    expect(await failing).toMatchObject({ status: 503 });
    expect(browser.server.calls("/auth/refresh")).toHaveLength(4);

    const recovered = a.apiFetch("/items"); // tab A: its first attempt fails too ...
    await vi.advanceTimersByTimeAsync(1000); // ... and its retry a second later succeeds
    await expect(recovered).resolves.toMatchObject({ path: "/items" });
    expect(browser.server.calls("/auth/refresh")).toHaveLength(6);
    await vi.advanceTimersByTimeAsync(0);
    // Tab B took A's token at once, instead of 7 s later when its own wait would end.
    expect(b.authStore.getState()).toMatchObject({ status: "signed-in", offline: false });
    expect(b.eventStore.getState().events.at(-1)).toMatchObject({ kind: "refresh", note: "other_tab_refreshed", tab: a.tabName });
    await expect(b.apiFetch("/items")).resolves.toMatchObject({ path: "/items" });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(browser.server.calls("/auth/refresh")).toHaveLength(6); // B never refreshed again
  });
});

describe("tab names", () => {
  it("gives each new tab a short name that none of the browser's last eight tabs has", () => {
    const storage = memoryStorage();
    // Every other draw is the first name again ("A2"), which is skipped while it is recent.
    let draw = 0;
    const repeating = () => {
      draw += 1;
      const pair = Math.floor((draw - 1) / 2);
      return pair % 2 === 0 ? 0 : (pair % 24) / 24;
    };
    const names = Array.from({ length: 8 }, () => newTabName(repeating, storage));
    expect(names[0]).toBe("A2");
    expect(new Set(names).size).toBe(8);
    for (const name of names) expect(name).toMatch(/^[A-HJ-NP-Z][2-9]$/);
  });
});
