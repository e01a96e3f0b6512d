import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { OrderDto, ShippingDto } from "@/lib/shared/api-types";
import { ApiRequestError } from "./api-error";
import { placeOrderWith } from "./checkout";
import { REQUEST_PATIENCE_MS, STORM_LIMIT } from "./refresher";
import { createFakeServer } from "./testing/fake-server";
import { createBrowser, openTab, type Tab } from "./testing/tabs";

const DEMO = { email: "user@example.com", password: "password123" };
const SHIPPING: ShippingDto = { name: "Asha", address: "1 Main St", city: "Pune", postal_code: "411001", country: "IN" };

let browser: ReturnType<typeof createBrowser>;
let tab: Tab;

beforeEach(async () => {
  vi.useFakeTimers();
  browser = createBrowser();
  tab = openTab(browser);
  await tab.auth.login(DEMO);
});

afterEach(() => {
  tab.stop();
  vi.useRealTimers();
});

const refreshCalls = () => browser.server.calls("/auth/refresh").length;
const events = (kind?: string) => tab.eventStore.getState().events.filter((e) => !kind || e.kind === kind);

describe("apiFetch", () => {
  it("sends the access token as a Bearer header and parses the JSON answer", async () => {
    const answer = await tab.apiFetch<{ body: unknown }>("/echo", { method: "POST", body: { a: 1 } });
    expect(answer.body).toEqual({ a: 1 });
    const [request] = browser.server.calls("/echo");
    expect(request?.headers.authorization).toBe(`Bearer ${tab.authStore.getState().accessToken}`);
    expect(request?.headers["content-type"]).toBe("application/json");
  });

  it("keeps a request made with record: false out of the event log, and still sends it", async () => {
    const echoes = () => events("request").filter((e) => e.path === "/echo");
    await tab.apiFetch("/echo", { record: false });
    expect(browser.server.calls("/echo")).toHaveLength(1);
    expect(echoes()).toHaveLength(0);
    await tab.apiFetch("/echo");
    expect(echoes()).toMatchObject([{ status: 200 }]);
  });

  it("throws ApiRequestError with the API's code, and network_error with status 0 when there is no answer", async () => {
    browser.server.route("GET /missing", () => ({ status: 404, body: { error: { code: "not_found", message: "No such thing", details: {} } } }));
    await expect(tab.apiFetch("/missing")).rejects.toMatchObject({ status: 404, code: "not_found", message: "No such thing" });
    browser.server.fail("/echo", "network");
    const error = await tab.apiFetch("/echo").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({ status: 0, code: "network_error" });
    expect(tab.authStore.getState().status).toBe("signed-in");
  });

  it("single flight: 50 requests failing together cause exactly one refresh, then each is retried once", async () => {
    browser.server.expireAccessTokens();
    browser.server.setLatency(10); // all 50 are in flight when the first 401 comes back
    const pending = Promise.all(Array.from({ length: 50 }, (_, i) => tab.apiFetch<{ path: string }>(`/items/${i}`)));
    await vi.advanceTimersByTimeAsync(100);
    const results = await pending;

    expect(refreshCalls()).toBe(1);
    expect(results.map((r) => r.path)).toEqual(Array.from({ length: 50 }, (_, i) => `/items/${i}`));
    const fresh = `Bearer ${tab.authStore.getState().accessToken}`;
    for (let i = 0; i < 50; i += 1) {
      const sent = browser.server.calls(`/items/${i}`);
      expect(sent).toHaveLength(2);
      expect(sent[1]?.headers.authorization).toBe(fresh);
    }
    // The 401s, the refresh and the retries form one group in the event log.
    const [refresh] = events("refresh");
    expect(events("refresh")).toHaveLength(1);
    expect(refresh?.sharedBy).toBe(50);
    const expired = events("request").filter((e) => e.code === "token_expired");
    expect(expired).toHaveLength(50);
    expect(events("retry")).toHaveLength(50);
    for (const event of [...expired, ...events("retry")]) expect(event.groupId).toBe(refresh?.groupId);
  });

  it("retries once with the identical method, body and headers, Idempotency-Key included", async () => {
    browser.server.route("POST /checkout", ({ json }) => ({
      status: 201,
      body: { id: "o1", shipping: (json as { shipping: ShippingDto }).shipping },
    }));
    browser.server.expireAccessTokens();
    const order = await placeOrderWith(tab.apiFetch, SHIPPING, "checkout-attempt-1");

    expect(order).toMatchObject({ id: "o1", shipping: SHIPPING } satisfies Partial<OrderDto>);
    const [first, retry] = browser.server.calls("/checkout");
    expect(browser.server.calls("/checkout")).toHaveLength(2);
    expect(retry?.method).toBe("POST");
    expect(retry?.body).toBe(first?.body);
    expect(JSON.parse(retry?.body ?? "")).toEqual({ shipping: SHIPPING });
    const { authorization: oldToken, ...firstHeaders } = first?.headers ?? {};
    const { authorization: newToken, ...retryHeaders } = retry?.headers ?? {};
    expect(retryHeaders).toEqual(firstHeaders);
    expect(retryHeaders["idempotency-key"]).toBe("checkout-attempt-1");
    expect(newToken).not.toBe(oldToken);
  });

  it("does not loop: a second 401 after a successful refresh signs out", async () => {
    browser.server.route("GET /always-expired", () => ({
      status: 401,
      body: { error: { code: "token_expired", message: "expired", details: {} } },
    }));
    await expect(tab.apiFetch("/always-expired")).rejects.toMatchObject({ status: 401 });
    await vi.advanceTimersByTimeAsync(0);

    expect(browser.server.calls("/always-expired")).toHaveLength(2);
    expect(refreshCalls()).toBe(1);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "session_expired", accessToken: null });
    // The session is also ended on the server, which clears the cookie.
    expect(browser.server.calls("/auth/logout")).toHaveLength(1);
    expect(browser.server.cookie()).toBeNull();
  });

  it("refreshes on 401 token_expired only, never on other 401 codes", async () => {
    browser.server.route("GET /bad-token", () => ({ status: 401, body: { error: { code: "invalid_token", message: "bad", details: {} } } }));
    await expect(tab.apiFetch("/bad-token")).rejects.toMatchObject({ status: 401, code: "invalid_token" });
    expect(refreshCalls()).toBe(0);
    expect(tab.authStore.getState().status).toBe("signed-in");
  });

  it("never refreshes for /auth/login or /auth/refresh themselves, and sends them no access token", async () => {
    browser.server.expireAccessTokens();
    await expect(tab.apiFetch("/auth/login", { method: "POST", body: { email: DEMO.email, password: "wrong" } })).rejects.toMatchObject({
      code: "invalid_credentials",
    });
    browser.server.fail("/auth/refresh", { status: 401, code: "token_expired" });
    await expect(tab.apiFetch("/auth/refresh", { method: "POST", auth: true })).rejects.toMatchObject({ code: "token_expired" });

    expect(refreshCalls()).toBe(1); // the call made above, nothing more
    for (const request of [...browser.server.calls("/auth/login"), ...browser.server.calls("/auth/refresh")]) {
      expect(request.headers.authorization).toBeUndefined();
    }
    expect(tab.authStore.getState().status).toBe("signed-in");
  });

  it("uses a newer token that arrived meanwhile instead of refreshing again", async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    browser.server.route("GET /slow", async () => {
      calls += 1;
      if (calls > 1) return { status: 200, body: { ok: true } };
      await gate; // answered only after another request has refreshed
      return { status: 401, body: { error: { code: "token_expired", message: "expired", details: {} } } };
    });
    const slow = tab.apiFetch("/slow");
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toBe(1); // the server accepted the token and is working on it
    browser.server.expireAccessTokens();
    await tab.apiFetch("/other"); // 401 → refresh → retry
    release();
    await expect(slow).resolves.toEqual({ ok: true });
    expect(refreshCalls()).toBe(1);
    expect(browser.server.calls("/slow")[1]?.headers.authorization).toBe(`Bearer ${tab.authStore.getState().accessToken}`);
  });

  it("never sends a token it knows is expired (the laptop slept past expiry, no timer fired): it refreshes first", async () => {
    tab.authStore.setState({ proactiveRefresh: true }); // the default; the tests' tabs have it off
    const stale = tab.authStore.getState().accessToken;
    vi.setSystemTime(Date.now() + 31 * 60_000); // past the 30-minute expiry; no timer has run
    await expect(tab.apiFetch("/items")).resolves.toMatchObject({ path: "/items" });

    const sent = browser.server.calls("/items");
    expect(sent).toHaveLength(1);
    expect(sent[0]?.headers.authorization).not.toBe(`Bearer ${stale}`);
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${tab.authStore.getState().accessToken}`);
    expect(refreshCalls()).toBe(1);
    expect(events("refresh")).toMatchObject([{ trigger: "expired", status: 200 }]);
  });

  it("with the proactive refresh switched off, sends the token until the server calls it expired (the 401 path)", async () => {
    vi.setSystemTime(Date.now() + 31 * 60_000);
    await expect(tab.apiFetch("/items")).resolves.toMatchObject({ path: "/items" });
    expect(browser.server.calls("/items").map((r) => r.headers.authorization)).toHaveLength(2); // 401, then the retry
    expect(events("request").find((e) => e.path === "/items")).toMatchObject({ status: 401, code: "token_expired", note: "refreshing" });
  });

  it("stops waiting for a refresh when the caller aborts", async () => {
    browser.server.expireAccessTokens();
    browser.server.fail("/auth/refresh", "network", "network");
    const controller = new AbortController();
    const pending = tab.apiFetch("/items", { signal: controller.signal }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    expect(await pending).toMatchObject({ name: "AbortError" });
  });
});

describe("refresh failures", () => {
  it("retries a network error or 5xx with backoff and keeps the session; the request then succeeds", async () => {
    browser.server.expireAccessTokens();
    browser.server.fail("/auth/refresh", "network", 503);
    const pending = tab.apiFetch<{ path: string }>("/items");

    await vi.advanceTimersByTimeAsync(0);
    expect(refreshCalls()).toBe(1);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: true });
    await vi.advanceTimersByTimeAsync(999);
    expect(refreshCalls()).toBe(1); // backoff: the second attempt comes after 1 s
    await vi.advanceTimersByTimeAsync(1);
    expect(refreshCalls()).toBe(2);
    await vi.advanceTimersByTimeAsync(2000); // then 2 s
    await expect(pending).resolves.toEqual({ method: "GET", path: "/items", body: null });
    expect(refreshCalls()).toBe(3);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: false });
    expect(events("refresh").map((e) => e.status)).toEqual([0, 503, 200]);
  });

  it(`fails a waiting request after ${REQUEST_PATIENCE_MS / 1000} s of failed attempts, keeps the session and keeps retrying in the background`, async () => {
    browser.server.expireAccessTokens();
    browser.server.fail("/auth/refresh", 503, 503, 503, 503);
    let settled = false;
    const pending = tab
      .apiFetch("/items")
      .catch((e: unknown) => e)
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(REQUEST_PATIENCE_MS - 1);
    expect(refreshCalls()).toBe(3); // at 0, 1 s and 3 s
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    expect(await pending).toMatchObject({ status: 503, code: "internal" });
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: true });
    await vi.advanceTimersByTimeAsync(2000);
    expect(refreshCalls()).toBe(4); // at 7 s: the flight goes on without the request
    tab.page.goOnline(); // back online: retry now instead of after the 8 s backoff
    await vi.advanceTimersByTimeAsync(0);
    expect(refreshCalls()).toBe(5);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: false });
    await expect(tab.apiFetch("/items")).resolves.toMatchObject({ path: "/items" });
  });

  it("a late joiner is as patient as the first caller: it wakes the sleeping flight and fails after the same time", async () => {
    browser.server.expireAccessTokens();
    browser.server.fail("/auth/refresh", 503, 503, 503, 503, 503, 503, 503);
    const first = tab.apiFetch("/first").catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(REQUEST_PATIENCE_MS);
    expect(await first).toMatchObject({ status: 503 });
    await vi.advanceTimersByTimeAsync(2000 + 8000 + 1000); // attempts at 7 s and 15 s; the flight now sleeps 16 s
    expect(refreshCalls()).toBe(5);

    let settled = false;
    const late = tab
      .apiFetch("/late")
      .catch((e: unknown) => e)
      .finally(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(refreshCalls()).toBe(6); // joining woke the flight: an attempt at once, not in 15 s
    await vi.advanceTimersByTimeAsync(REQUEST_PATIENCE_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await late).toMatchObject({ status: 503 });
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-in", offline: true });
  });

  it("a renew storm (each new token lives a second, refreshed again and again) stops after a few refreshes and signs out, saying why", async () => {
    const stormy = createBrowser({ server: createFakeServer({ accessTtlSeconds: 1 }) });
    const shortLived = openTab(stormy, { proactive: true }); // refreshes 0.2 s before each expiry
    await shortLived.auth.login(DEMO);
    await vi.advanceTimersByTimeAsync(30_000);

    expect(stormy.server.calls("/auth/refresh")).toHaveLength(STORM_LIMIT);
    expect(shortLived.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "refresh_storm" });
    const log = shortLived.eventStore.getState().events;
    expect(log.filter((e) => e.kind === "proactive-refresh").at(-1)).toMatchObject({ note: "storm" });
    expect(log.findLast((e) => e.kind === "signed-out")?.cause).toBe("refresh_storm");
    expect(stormy.server.calls("/auth/logout")).toHaveLength(1); // the session is ended on the server too
    shortLived.stop();
  });

  it("signs out only on 401 invalid_grant, with the reason session_expired", async () => {
    browser.server.setCookie("a-token-the-server-never-issued");
    browser.server.expireAccessTokens();
    await expect(tab.apiFetch("/items")).rejects.toMatchObject({ status: 401, code: "invalid_grant" });

    expect(refreshCalls()).toBe(1);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "session_expired", offline: false });
    expect(events("signed-out").at(-1)?.cause).toBe("session_expired");
  });

  it("takes 403 forbidden from refresh as final: signed out once, with the reason origin_refused, no retry, not offline", async () => {
    browser.server.expireAccessTokens();
    browser.server.fail("/auth/refresh", { status: 403, code: "forbidden" });
    await expect(tab.apiFetch("/items")).rejects.toMatchObject({ status: 403, code: "forbidden" });
    await vi.advanceTimersByTimeAsync(60_000);

    expect(refreshCalls()).toBe(1);
    expect(tab.authStore.getState()).toMatchObject({ status: "signed-out", signedOutReason: "origin_refused", offline: false });
  });
});

describe("a client without a session", () => {
  it("sends no Authorization header and does not refresh on 401", async () => {
    const guest = openTab(createBrowser({ server: createFakeServer() }));
    await expect(guest.apiFetch("/cart")).rejects.toMatchObject({ status: 401, code: "unauthorized" });
    expect(guest.eventStore.getState().events.map((e) => e.kind)).toEqual(["request"]);
    guest.stop();
  });
});
