// Builds API clients ("tabs") around the fakes: each tab its own client, stores and
// channel end; tabs of one browser share the server's cookie jar, localStorage, the lock
// manager and the channel hub, as real tabs do.
import { createApiClient, type ApiClient } from "../client";
import { createAuthActions } from "../auth";
import { createCartStore } from "../cart-store";
import { createGuestCart } from "../guest-cart";
import { memoryStorage, type KeyValueStorage } from "../token-storage";
import { createChannelHub, createFakeLocks, createFakePage } from "./fake-browser";
import { createFakeServer, type FakeServer } from "./fake-server";

export type Browser = {
  server: FakeServer;
  storage: KeyValueStorage & { snapshot(): Record<string, string> };
  locks: ReturnType<typeof createFakeLocks> | null;
  hub: ReturnType<typeof createChannelHub>;
  now: () => number;
};

export function createBrowser(options: { server?: FakeServer; hubDelayMs?: number; locks?: boolean; now?: () => number } = {}): Browser {
  return {
    server: options.server ?? createFakeServer(),
    storage: memoryStorage(),
    locks: options.locks === false ? null : createFakeLocks(),
    hub: createChannelHub({ delayMs: options.hubDelayMs }),
    now: options.now ?? (() => Date.now()),
  };
}

export type Tab = ApiClient & {
  page: ReturnType<typeof createFakePage>;
  auth: ReturnType<typeof createAuthActions>;
  cart: ReturnType<typeof createCartStore>;
  stop(): void;
};

/** A tab with its own client; started (listening to other tabs, proactive timer on) unless told not to. */
let tabsOpened = 0;

export function openTab(browser: Browser, { start = true, proactive = false, name = `T${(tabsOpened += 1)}` } = {}): Tab {
  const page = createFakePage();
  const client = createApiClient({
    tabName: name,
    fetch: browser.server.fetch as typeof fetch,
    storage: browser.storage,
    now: browser.now,
    random: () => 0.5, // no jitter: backoff delays are exactly 1 s, 2 s, 4 s ...
    locks: browser.locks,
    channel: browser.hub.channel(),
    page,
    lifecycle: page,
  });
  client.authStore.setState({ proactiveRefresh: proactive });
  const cart = createCartStore({ api: client.apiFetch, authStore: client.authStore, guest: createGuestCart(browser.storage) });
  const auth = createAuthActions({ client, cart });
  const stop = start ? client.start() : () => {};
  return Object.assign(client, { page, auth, cart, stop });
}
