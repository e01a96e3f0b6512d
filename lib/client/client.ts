// The composition root: builds the client's objects once and wires them together. Tests
// build it with fakes (lib/client/testing/); the browser builds it from browser-deps.ts.
//
//   apiFetch (api.ts) ── refresher (refresher.ts) ── token-handoff.ts, web-lock.ts, backoff.ts
//        │                       │
//        └──────── session (session.ts): auth store + token storage + tab-sync.ts
//   proactive-refresh.ts: the timer that refreshes shortly before expiry
import { createApiFetch, type ApiFetchInit } from "./api";
import { createAuthStore, useAuthStore, type AuthState, type AuthStore, type SignedOutReason } from "./auth-store";
import type { PageSignals, Timers } from "./backoff";
import { browserDeps, type PageLifecycle } from "./browser-deps";
import { createEventLog, createEventStore, useEventStore, type EventStore } from "./events";
import { startProactiveRefresh } from "./proactive-refresh";
import { createRefresher, type RefreshOutcome } from "./refresher";
import { createSession } from "./session";
import { createTabSync, newTabName, newTokenVersion, type TabChannel } from "./tab-sync";
import { createTokenHandoff } from "./token-handoff";
import { createTokenStorage, type KeyValueStorage } from "./token-storage";
import type { LockManagerLike } from "./web-lock";

export { ApiRequestError } from "./api-error";
export type { ApiFetch, ApiFetchInit } from "./api";

/** Everything the client touches in the browser, injectable so tests can run it in Node. */
export type ClientDeps = {
  fetch: typeof fetch;
  storage: KeyValueStorage;
  now?: () => number;
  timers?: Timers;
  random?: () => number;
  locks?: LockManagerLike | null;
  channel?: TabChannel | null;
  page?: PageSignals | null;
  lifecycle?: PageLifecycle | null;
  baseUrl?: string;
  authStore?: AuthStore;
  eventStore?: EventStore;
  /** This tab's short name (default: a new one, per page load). */
  tabName?: string;
};

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(deps: ClientDeps) {
  const now = deps.now ?? (() => Date.now());
  const timers = deps.timers ?? defaultTimers;
  const random = deps.random ?? Math.random;
  const page = deps.page ?? null;
  const baseUrl = deps.baseUrl ?? "/api/v1";
  const authStore = deps.authStore ?? createAuthStore();
  const eventStore = deps.eventStore ?? createEventStore();
  const events = createEventLog(eventStore, now);
  const tokens = createTokenStorage(deps.storage);
  const tabSync = createTabSync(deps.channel ?? null, deps.storage, timers);
  const tabName = deps.tabName ?? newTabName(random, deps.storage);
  const session = createSession({ store: authStore, tokens, tabSync, events, now, newVersion: newTokenVersion, tabName });
  const handoff = createTokenHandoff({ store: authStore, tokens, tabSync, session, now });
  const refresher = createRefresher({
    fetch: deps.fetch,
    baseUrl,
    now,
    timers,
    random,
    page,
    locks: deps.locks ?? null,
    store: authStore,
    tokens,
    session,
    handoff,
    events,
  });
  let restoring: Promise<void> | null = null;

  /** Signs out here and in every tab; with `revoke`, also ends the session on the server (and its cookie). */
  function endSession(reason: SignedOutReason, { revoke }: { revoke: boolean }): Promise<void> {
    const body = tokens.refreshBody(); // read before signing out clears it
    const ended = session.signOut(reason);
    if (!revoke || !ended || body === null) return Promise.resolve();
    return apiFetch<void>("/auth/logout", { method: "POST", body, auth: false }).catch(() => {
      // Unreachable server: this browser is signed out; the refresh token expires on its own.
    });
  }

  /**
   * A refresh that gave no token ends the session: refused (the refresh token is dead
   * already, nothing to revoke) or stopped as a storm (the token still works, so it is
   * revoked, in case whatever loops here is not this tab's code). False for any other outcome.
   */
  async function endAfterFailedRefresh(outcome: RefreshOutcome): Promise<boolean> {
    if (outcome.kind !== "rejected" && outcome.kind !== "storm") return false;
    const reason = outcome.kind === "storm" ? "refresh_storm" : outcome.error.code === "forbidden" ? "origin_refused" : "session_expired";
    await endSession(reason, { revoke: outcome.kind === "storm" });
    return true;
  }

  /** Requests that need the token wait while the session is being restored on page load. */
  function settled(): Promise<void> {
    const done = (state: AuthState) => state.status !== "loading" || state.offline;
    const pending = restoring;
    if (!pending || done(authStore.getState())) return Promise.resolve();
    return new Promise((resolve) => {
      const unsubscribe = authStore.subscribe((state) => {
        if (done(state)) finish();
      });
      const finish = () => {
        unsubscribe();
        resolve();
      };
      void pending.finally(finish);
    });
  }

  const apiFetch: <T>(path: string, init?: ApiFetchInit, options?: { awaitRestore?: boolean }) => Promise<T> = createApiFetch({
    fetch: deps.fetch,
    baseUrl,
    now,
    store: authStore,
    events,
    refresher,
    endSession,
    endAfterFailedRefresh,
    settled,
  });

  async function refreshProactively(): Promise<void> {
    await endAfterFailedRefresh(await refresher.refresh("proactive", authStore.getState().accessToken).outcome);
  }

  /**
   * A page restored from the back/forward cache wakes with the memory it had when it was
   * left, tokens included, and heard no message while it was frozen. If this browser holds
   * no session any more, it ends here too, before any request; if another tab's token
   * replaced this one meanwhile, the held token counts as expired, so the next request
   * refreshes first instead of sending it.
   */
  function onRestoredFromCache() {
    if (authStore.getState().status !== "signed-in") return;
    if (!tokens.mayHaveSession()) session.signOut("logged_out_elsewhere", { broadcast: false });
    else if (tabSync.sharedVersion() !== session.version()) authStore.setState({ accessExpiresAt: now() });
  }

  return {
    apiFetch,
    storage: deps.storage,
    authStore,
    eventStore,
    events,
    tokens,
    session,
    refresher,
    now,
    timers,
    page,
    random,
    /** This tab's short name, as the other tabs' timelines call it. */
    tabName,
    /** Whether this browser gives the client Web Locks (secure contexts only); without, one flight per tab plus the channel. */
    hasLocks: deps.locks != null,
    endSession,
    endAfterFailedRefresh,
    /** Marks the page-load restore, so token-needing requests wait for it instead of going out bare. */
    restoringWith(promise: Promise<void>): Promise<void> {
      restoring = promise;
      return promise;
    },
    /** Starts listening to the other tabs, the page's lifecycle and the proactive timer; returns the stop function. */
    start(): () => void {
      const stops = [
        tabSync.listen(session.handleTabMessage),
        startProactiveRefresh({ store: authStore, timers, now, page, refresh: refreshProactively }),
        deps.lifecycle?.onRestoredFromCache(onRestoredFromCache) ?? (() => {}),
      ];
      return () => {
        for (const stop of stops) stop();
      };
    },
  };
}

let browserClient: ApiClient | undefined;

/** The browser's one client, built on first use (never on the server: its state is per shopper). */
export function getApiClient(): ApiClient {
  if (typeof window === "undefined") {
    throw new Error("lib/client runs in the browser only; server code calls lib/server directly");
  }
  browserClient ??= createApiClient({ ...browserDeps(), authStore: useAuthStore, eventStore: useEventStore });
  return browserClient;
}

export function apiFetch<T>(path: string, init?: ApiFetchInit): Promise<T> {
  return getApiClient().apiFetch<T>(path, init);
}
