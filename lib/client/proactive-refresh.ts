// Refreshing shortly before the access token expires, so requests rarely meet a 401 at
// all. The moment comes from `expires_in` counted from when the token arrived, on this
// browser's clock, never from the JWT's `exp` against this clock (a clock five minutes off
// would refresh five minutes late, or early). Paused while the tab is hidden (browsers
// throttle its timers, and the visible tabs share their tokens); on becoming visible or
// coming back online it catches up at once if the moment has passed.
import type { AuthState, AuthStore } from "./auth-store";
import type { PageSignals, Timers } from "./backoff";
import type { KeyValueStorage } from "./token-storage";

/** Refresh this long before expiry: a fifth of the token's life, at most a minute. */
export const MAX_LEAD_MS = 60_000;
export const LEAD_FRACTION = 0.2;

export const PROACTIVE_SETTING_KEY = "shop.proactive-refresh";

export function readProactiveSetting(storage: KeyValueStorage): boolean {
  return storage.getItem(PROACTIVE_SETTING_KEY) !== "off";
}

export function writeProactiveSetting(storage: KeyValueStorage, enabled: boolean) {
  storage.setItem(PROACTIVE_SETTING_KEY, enabled ? "on" : "off");
}

/** When to refresh, in client-clock ms, or null when there is nothing to schedule. */
export function refreshDueAt(state: Pick<AuthState, "accessExpiresAt" | "accessReceivedAt">): number | null {
  const { accessExpiresAt, accessReceivedAt } = state;
  if (accessExpiresAt === null || accessReceivedAt === null) return null;
  const lifetime = accessExpiresAt - accessReceivedAt;
  return accessExpiresAt - Math.min(MAX_LEAD_MS, lifetime * LEAD_FRACTION);
}

type Deps = {
  store: AuthStore;
  timers: Timers;
  now: () => number;
  page: PageSignals | null;
  /** Runs one proactive refresh to its end (success, or the session ends). */
  refresh: () => Promise<void>;
};

export function startProactiveRefresh({ store, timers, now, page, refresh }: Deps): () => void {
  let timer: unknown = null;
  let refreshing = false;
  let stopped = false;

  const clear = () => {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
  };

  const schedule = () => {
    clear();
    const state = store.getState();
    if (stopped || refreshing || state.status !== "signed-in" || !state.proactiveRefresh) return;
    if (page && !page.isVisible()) return; // paused; the "visible" signal resumes it
    const dueAt = refreshDueAt(state);
    if (dueAt === null) return;
    const delay = dueAt - now();
    if (delay <= 0) void fire();
    else timer = timers.setTimeout(schedule, delay); // re-checked when it fires: timers can be late or early
  };

  const fire = async () => {
    refreshing = true;
    try {
      await refresh();
    } finally {
      refreshing = false;
      schedule();
    }
  };

  const unsubscribeStore = store.subscribe((state, previous) => {
    if (
      state.accessExpiresAt !== previous.accessExpiresAt ||
      state.status !== previous.status ||
      state.proactiveRefresh !== previous.proactiveRefresh
    ) {
      schedule();
    }
  });
  const unsubscribePage = page ? [page.subscribe("visible", schedule), page.subscribe("online", schedule)] : [];
  schedule();

  return () => {
    stopped = true;
    clear();
    unsubscribeStore();
    for (const unsubscribe of unsubscribePage) unsubscribe();
  };
}
