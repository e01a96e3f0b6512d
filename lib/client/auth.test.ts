import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { REFRESH_LOCK } from "./refresher";
import { STORAGE_KEYS } from "./token-storage";
import { createBrowser, openTab, type Browser, type Tab } from "./testing/tabs";

const DEMO = { email: "user@example.com", password: "password123" };

let browser: Browser;
let tabs: Tab[] = [];
const open = () => {
  const tab = openTab(browser);
  tabs.push(tab);
  return tab;
};
const useLocalStorageMode = () => browser.storage.setItem(STORAGE_KEYS.mode, "localStorage");

beforeEach(() => {
  vi.useFakeTimers();
  browser = createBrowser();
});

afterEach(() => {
  for (const tab of tabs) tab.stop();
  tabs = [];
  vi.useRealTimers();
});

describe("cookie mode (the default)", () => {
  it("login asks for the cookie and keeps no token in localStorage; the access token lives in memory", async () => {
    const tab = open();
    const user = await tab.auth.login(DEMO);
    expect(user.email).toBe(DEMO.email);
    const [login] = browser.server.calls("/auth/login");
    expect(JSON.parse(login?.body ?? "")).toMatchObject({ refresh_token_delivery: "cookie" });
    expect(browser.server.cookie()).not.toBeNull();
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", mode: "cookie", user: { email: DEMO.email } });
    expect(tab.authStore.getState().accessToken).toEqual(expect.any(String));
    const stored = Object.values(browser.storage.snapshot()).join(" ");
    expect(stored).not.toContain(tab.authStore.getState().accessToken);
    expect(stored).not.toContain(browser.server.cookie());
  });

  it("refreshes with no body token: the cookie carries it", async () => {
    const tab = open();
    await tab.auth.login(DEMO);
    browser.server.expireAccessTokens();
    await tab.apiFetch("/items");
    const [refresh] = browser.server.calls("/auth/refresh");
    expect(refresh).toMatchObject({ method: "POST", body: undefined, credentials: "same-origin" });
  });

  it("restores the session on page load with a silent refresh", async () => {
    const first = open();
    await first.auth.login(DEMO);
    first.stop();
    const reloaded = open(); // a new page: nothing in memory, only the cookie
    await reloaded.auth.restoreSession();
    expect(reloaded.authStore.getState()).toMatchObject({ status: "signed-in", user: { email: DEMO.email }, offline: false });
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
    expect(browser.server.calls("/auth/me")).toHaveLength(1);
  });

  it("a double mount (React Strict Mode in npm run dev: start, stop, start, restore asked twice) makes one refresh and holds no lock", async () => {
    const first = open();
    await first.auth.login(DEMO);
    first.stop();
    const page = openTab(browser, { start: false });
    // The provider's effect runs, is cleaned up, and runs again.
    let stop = page.start();
    const restores = [page.auth.restoreSession()];
    stop();
    stop = page.start();
    restores.push(page.auth.restoreSession());
    tabs.push({ ...page, stop });
    await Promise.all(restores);

    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
    expect(browser.locks?.isHeld(REFRESH_LOCK)).toBe(false);
    expect(page.authStore.getState()).toMatchObject({ status: "signed-in", user: { email: DEMO.email } });
  });

  it("a page load without a session ends signed out, with no reason (a guest is not sent to the login page)", async () => {
    const tab = open();
    await tab.auth.restoreSession();
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: null });
  });

  it("a guest's page load sends no refresh: nobody signed in in this browser, so no cookie can be there", async () => {
    const tab = open();
    await tab.auth.restoreSession();
    expect(browser.server.requests).toHaveLength(0);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: null });
    expect(tab.eventStore.getState().events.at(-1)?.cause).toBe("no_session_hint");
  });

  it("forgets that a session may exist at sign-out, so the next page load sends no refresh", async () => {
    const first = open();
    await first.auth.login(DEMO);
    expect(browser.storage.getItem(STORAGE_KEYS.sessionHint)).toBe("1");
    await first.auth.logout();
    expect(browser.storage.getItem(STORAGE_KEYS.sessionHint)).toBeNull();
    first.stop();
    const calls = browser.server.requests.length;
    await open().auth.restoreSession();
    expect(browser.server.requests).toHaveLength(calls);
  });

  it("forgets it when the refresh is refused (invalid_grant), so only one page load pays for the dead cookie", async () => {
    const first = open();
    await first.auth.login(DEMO);
    first.stop();
    browser.server.fail("/auth/refresh", { status: 401, code: "invalid_grant" });
    await open().auth.restoreSession();
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
    expect(browser.storage.getItem(STORAGE_KEYS.sessionHint)).toBeNull();
    await open().auth.restoreSession();
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
  });

  it("tries the refresh anyway where the browser keeps nothing across page loads", async () => {
    browser.storage.forgetsOnReload = true;
    browser.server.setCookie(browser.server.startSession("cookie").refresh_token ?? null);
    const tab = open();
    await tab.auth.restoreSession();
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
  });

  it("a page load while the server is unreachable keeps retrying instead of signing out", async () => {
    const first = open();
    await first.auth.login(DEMO);
    first.stop();
    browser.server.fail("/auth/refresh", "network", 502);
    const reloaded = open();
    const restored = reloaded.auth.restoreSession();
    await vi.advanceTimersByTimeAsync(0);
    expect(reloaded.authStore.getState()).toMatchObject({ status: "loading", offline: true });
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    await restored;
    expect(reloaded.authStore.getState()).toMatchObject({ status: "signed-in", offline: false });
  });

  it("requests made during the restore wait for it and go out with the token", async () => {
    const first = open();
    await first.auth.login(DEMO);
    first.stop();
    const reloaded = open();
    void reloaded.auth.restoreSession();
    await expect(reloaded.apiFetch("/orders")).resolves.toMatchObject({ path: "/orders" });
    expect(browser.server.calls("/orders")).toHaveLength(1);
  });
});

describe("localStorage mode", () => {
  it("keeps both tokens under access_token and refresh_token, like the classic tutorial", async () => {
    useLocalStorageMode();
    const tab = open();
    await tab.auth.login(DEMO);
    const [login] = browser.server.calls("/auth/login");
    expect(JSON.parse(login?.body ?? "")).toMatchObject({ refresh_token_delivery: "body" });
    expect(browser.storage.getItem("access_token")).toBe(tab.authStore.getState().accessToken);
    expect(browser.storage.getItem("refresh_token")).toMatch(/^rt-/);
    expect(browser.server.cookie()).toBeNull();
  });

  it("refreshes with the stored refresh token in the body and stores the rotated one", async () => {
    useLocalStorageMode();
    const tab = open();
    await tab.auth.login(DEMO);
    const before = browser.storage.getItem("refresh_token");
    browser.server.expireAccessTokens();
    await tab.apiFetch("/items");
    const [refresh] = browser.server.calls("/auth/refresh");
    expect(JSON.parse(refresh?.body ?? "")).toEqual({ refresh_token: before });
    expect(browser.storage.getItem("refresh_token")).not.toBe(before);
    expect(browser.storage.getItem("access_token")).toBe(tab.authStore.getState().accessToken);
  });

  it("restores from the stored tokens; an expired access token is refreshed first", async () => {
    useLocalStorageMode();
    const first = open();
    await first.auth.login(DEMO);
    first.stop();
    await vi.advanceTimersByTimeAsync(31 * 60_000); // the stored access token has expired
    const reloaded = open();
    await reloaded.auth.restoreSession();
    expect(reloaded.authStore.getState()).toMatchObject({ status: "signed-in", user: { email: DEMO.email } });
    expect(browser.server.calls("/auth/refresh")).toHaveLength(1);
  });

  it("restoring refused tokens signs out with session_expired", async () => {
    useLocalStorageMode();
    browser.storage.setItem("refresh_token", "rt-unknown");
    const tab = open();
    await tab.auth.restoreSession();
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "session_expired" });
    expect(browser.storage.getItem("refresh_token")).toBeNull();
  });
});

describe("logout", () => {
  it.each(["cookie", "localStorage"] as const)("in %s mode ends the session on the server and here", async (mode) => {
    browser.storage.setItem(STORAGE_KEYS.mode, mode);
    const tab = open();
    await tab.auth.login(DEMO);
    const token = mode === "cookie" ? browser.server.cookie() : browser.storage.getItem("refresh_token");
    await tab.auth.logout();
    const [logout] = browser.server.calls("/auth/logout");
    expect(logout?.body).toBe(mode === "cookie" ? undefined : JSON.stringify({ refresh_token: token }));
    expect(browser.server.isRevoked(token ?? "")).toBe(true);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "logged_out", accessToken: null });
    expect(browser.storage.getItem("refresh_token")).toBeNull();
  });

  it("still signs out here when the server cannot be reached", async () => {
    const tab = open();
    await tab.auth.login(DEMO);
    browser.server.fail("/auth/logout", "network");
    await tab.auth.logout();
    expect(tab.authStore.getState().status).toBe("signed-out");
  });

  it("logoutEverywhere revokes every session, then this browser's", async () => {
    const tab = open();
    await tab.auth.login(DEMO);
    const other = browser.server.startSession("body"); // the same user on another device
    await tab.auth.logoutEverywhere();
    expect(browser.server.calls("/auth/logout-all")).toHaveLength(1);
    expect(browser.server.calls("/auth/logout"), "nothing left to revoke").toHaveLength(0);
    expect(browser.server.isRevoked(other.refresh_token ?? "")).toBe(true);
    expect(browser.server.cookie()).toBeNull();
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "logged_out" });
  });
});

describe("setProactiveRefresh", () => {
  it("is persisted and read back on the next page load", async () => {
    const tab = open();
    tab.auth.setProactiveRefresh(false);
    expect(tab.authStore.getState().proactiveRefresh).toBe(false);
    const reloaded = open();
    await reloaded.auth.restoreSession();
    expect(reloaded.authStore.getState().proactiveRefresh).toBe(false);
  });
});
