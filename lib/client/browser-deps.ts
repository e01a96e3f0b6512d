// The real browser behind the client's injectable dependencies (its ports): fetch,
// localStorage, navigator.locks, BroadcastChannel, the page's visibility, connectivity
// and back/forward-cache restores. Each one degrades instead of failing: without Web
// Locks or BroadcastChannel each tab still works correctly on its own, and blocked
// storage (some private modes) falls back to memory.
import type { PageSignals, Timers } from "./backoff";
import type { TabChannel } from "./tab-sync";
import { memoryStorage, type KeyValueStorage } from "./token-storage";
import type { LockManagerLike } from "./web-lock";

const TAB_CHANNEL_NAME = "shop.auth";

export function browserDeps() {
  return {
    fetch: (input: RequestInfo | URL, init?: RequestInit) => window.fetch(input, init),
    storage: browserStorage(),
    now: () => Date.now(),
    timers: {
      setTimeout: (callback, ms) => window.setTimeout(callback, ms),
      clearTimeout: (handle) => window.clearTimeout(handle as number),
    } satisfies Timers,
    random: Math.random,
    locks: browserLocks(),
    channel: browserChannel(),
    page: browserPage(),
    lifecycle: browserLifecycle(),
  };
}

/** The page's lifecycle events the session cares about. */
export type PageLifecycle = {
  /** `pageshow` of a page brought back from the back/forward cache (not a fresh load). */
  onRestoredFromCache(listener: () => void): () => void;
};

/** localStorage, or memory when the browser refuses it. */
function browserStorage(): KeyValueStorage {
  try {
    const probe = "shop.storage-probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    return { ...memoryStorage(), forgetsOnReload: true };
  }
}

function browserLocks(): LockManagerLike | null {
  const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
  if (!locks) return null;
  return {
    request: <T>(name: string, options: { signal?: AbortSignal }, callback: () => Promise<T>) =>
      locks.request(name, options, callback) as Promise<T>,
  };
}

function browserChannel(): TabChannel | null {
  if (typeof BroadcastChannel !== "function") return null;
  const channel = new BroadcastChannel(TAB_CHANNEL_NAME);
  return {
    postMessage: (message) => channel.postMessage(message),
    subscribe(listener) {
      const onMessage = (event: MessageEvent) => listener(event.data);
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
  };
}

function browserLifecycle(): PageLifecycle {
  return {
    onRestoredFromCache(listener) {
      const onShow = (event: PageTransitionEvent) => {
        if (event.persisted) listener();
      };
      window.addEventListener("pageshow", onShow);
      return () => window.removeEventListener("pageshow", onShow);
    },
  };
}

function browserPage(): PageSignals {
  return {
    isVisible: () => document.visibilityState !== "hidden",
    subscribe(event, listener) {
      if (event === "online") {
        window.addEventListener("online", listener);
        return () => window.removeEventListener("online", listener);
      }
      const onChange = () => {
        if (document.visibilityState === "visible") listener();
      };
      document.addEventListener("visibilitychange", onChange);
      return () => document.removeEventListener("visibilitychange", onChange);
    },
  };
}
