import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { refreshDueAt } from "./proactive-refresh";
import { createFakeServer } from "./testing/fake-server";
import { createBrowser, openTab, type Tab } from "./testing/tabs";

const DEMO = { email: "user@example.com", password: "password123" };
const TTL_SECONDS = 1800;
/** Lead = min(60 s, a fifth of 30 min) = 60 s: due 29 minutes after receipt. */
const DUE_MS = (TTL_SECONDS - 60) * 1000;

let tab: Tab;
let refreshCalls: () => number;

async function signedInTab({ clockSkewMs = 0, proactive = true } = {}) {
  // The server keeps true time (the fake Date); the browser's clock is off by clockSkewMs.
  const server = createFakeServer({ accessTtlSeconds: TTL_SECONDS, now: () => Date.now() });
  const browser = createBrowser({ server, now: () => Date.now() + clockSkewMs });
  tab = openTab(browser, { proactive });
  refreshCalls = () => server.calls("/auth/refresh").length;
  await tab.auth.login(DEMO);
  return { server, browser };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  tab.stop();
  vi.useRealTimers();
});

describe("proactive refresh", () => {
  it.each([5, -5])("is scheduled from expires_in at receipt, with the client clock %i minutes off", async (minutes) => {
    // Comparing the JWT's exp with this clock would refresh 5 minutes early, or 4 minutes
    // after the token has already expired.
    const { server } = await signedInTab({ clockSkewMs: minutes * 60_000 });
    await vi.advanceTimersByTimeAsync(DUE_MS - 1);
    expect(refreshCalls()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(refreshCalls()).toBe(1);
    const [event] = tab.eventStore.getState().events.filter((e) => e.kind === "proactive-refresh");
    expect(event).toMatchObject({ status: 200, path: "/auth/refresh" });

    // The next one is scheduled from the new token's receipt.
    await vi.advanceTimersByTimeAsync(DUE_MS);
    expect(refreshCalls()).toBe(2);
    expect(server.requests.filter((r) => r.path !== "/auth/refresh" && r.path !== "/auth/login" && r.path !== "/cart")).toEqual([]);
  });

  it("pauses while the tab is hidden and catches up at once when it becomes visible", async () => {
    await signedInTab();
    tab.page.setVisible(false);
    await vi.advanceTimersByTimeAsync(TTL_SECONDS * 1000 + 60_000); // past expiry, hidden all along
    expect(refreshCalls()).toBe(0);
    tab.page.setVisible(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(refreshCalls()).toBe(1);
    expect(tab.authStore.getState().status).toBe("signed-in");
  });

  it("keeps the session while offline and refreshes as soon as the browser is online again", async () => {
    const { server } = await signedInTab();
    server.fail("/auth/refresh", "network", "network", "network", "network");
    await vi.advanceTimersByTimeAsync(DUE_MS + 1000 + 2000 + 4000);
    expect(refreshCalls()).toBe(4);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: true });
    tab.page.goOnline();
    await vi.advanceTimersByTimeAsync(0);
    expect(refreshCalls()).toBe(5);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: false });
  });

  it("does nothing when switched off: the token simply expires and the 401 path takes over", async () => {
    await signedInTab({ proactive: false });
    await vi.advanceTimersByTimeAsync(TTL_SECONDS * 1000 + 1);
    expect(refreshCalls()).toBe(0);
    await tab.apiFetch("/items");
    expect(refreshCalls()).toBe(1);
  });

  it("stops with the tab", async () => {
    await signedInTab();
    tab.stop();
    await vi.advanceTimersByTimeAsync(TTL_SECONDS * 1000);
    expect(refreshCalls()).toBe(0);
  });
});

describe("refreshDueAt", () => {
  it("leads by a fifth of the token's life, at most a minute", () => {
    expect(refreshDueAt({ accessReceivedAt: 0, accessExpiresAt: 3000 })).toBe(2400);
    expect(refreshDueAt({ accessReceivedAt: 1000, accessExpiresAt: 1000 + 1_800_000 })).toBe(1000 + 1_740_000);
    expect(refreshDueAt({ accessReceivedAt: null, accessExpiresAt: 3000 })).toBeNull();
  });
});
