// The one API client: every page makes every call through apiFetch. It adds the access
// token; when the server answers 401 token_expired (and only then) it gets a new token
// through the refresh coordinator and sends the same request once more, with the same
// method, headers and body. A second 401 after that signs out instead of looping.
// createApiClient wires the pieces together (tests build it with fakes); apiFetch is the
// browser's one instance.
import { isTokenEndpoint } from "@/lib/shared/token-endpoints";
import { ApiRequestError, errorFromBody, networkError } from "./api-error";
import { createAuthStore, useAuthStore, type AuthState, type AuthStore, type SignedOutReason } from "./auth-store";
import type { PageSignals, Timers } from "./backoff";
import { browserDeps } from "./browser-deps";
import { createEventLog, createEventStore, useEventStore, type EventStore } from "./events";
import { startProactiveRefresh } from "./proactive-refresh";
import { createRefreshCoordinator, endReasonOf, type RefreshOutcome } from "./refresh-coordinator";
import { createSession } from "./session";
import { createTabSync, newTokenVersion, type TabChannel } from "./tab-sync";
import { createTokenStorage, type KeyValueStorage } from "./token-storage";
import type { LockManagerLike } from "./web-lock";

export { ApiRequestError } from "./api-error";

export type ApiFetchInit = {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the access token (default true). */
  auth?: boolean;
  signal?: AbortSignal;
};

export type ApiFetch = <T>(path: string, init?: ApiFetchInit) => Promise<T>;

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
  baseUrl?: string;
  authStore?: AuthStore;
  eventStore?: EventStore;
};

/** Failed attempts a waiting request sits through before it fails (the refresh keeps trying). */
export const REQUEST_PATIENCE = 3;

const defaultTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

type Exchange = { status: number; json: unknown; error: ApiRequestError | null; durationMs: number };

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(deps: ClientDeps) {
  const now = deps.now ?? (() => Date.now());
  const timers = deps.timers ?? defaultTimers;
  const baseUrl = deps.baseUrl ?? "/api/v1";
  const authStore = deps.authStore ?? createAuthStore();
  const eventStore = deps.eventStore ?? createEventStore();
  const events = createEventLog(eventStore, now);
  const tokens = createTokenStorage(deps.storage);
  const tabSync = createTabSync(deps.channel ?? null, deps.storage, timers);
  const session = createSession({ store: authStore, tokens, tabSync, events, now, newVersion: newTokenVersion });
  const coordinator = createRefreshCoordinator({
    fetch: deps.fetch,
    baseUrl,
    now,
    timers,
    random: deps.random ?? Math.random,
    page: deps.page ?? null,
    locks: deps.locks ?? null,
    store: authStore,
    tokens,
    tabSync,
    session,
    events,
  });
  let restoring: Promise<void> | null = null;

  /** `awaitRestore: false` is for the restore itself, which must not wait for itself. */
  async function apiFetch<T>(path: string, init: ApiFetchInit = {}, { awaitRestore = true } = {}): Promise<T> {
    const method = init.method ?? "GET";
    const useToken = (init.auth ?? true) && !isTokenEndpoint(path);
    if (useToken && awaitRestore) await sessionSettled();

    // Built once and reused verbatim by the retry. The body is a string: unlike a stream,
    // it can be sent twice, so the retried POST carries exactly what the first one did.
    const headers: Record<string, string> = {
      Accept: "application/json",
      ...(init.body !== undefined ? { "Content-Type": "application/json" } : {}),
      ...init.headers,
    };
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const send = async (token: string | null): Promise<Exchange> => {
      const started = now();
      try {
        const response = await deps.fetch(`${baseUrl}${path}`, {
          method,
          headers: token ? { ...headers, Authorization: `Bearer ${token}` } : headers,
          body,
          credentials: "same-origin",
          signal: init.signal,
        });
        const json: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
        const error = response.ok ? null : errorFromBody(response.status, json);
        return { status: response.status, json, error, durationMs: now() - started };
      } catch (error) {
        if (init.signal?.aborted) throw error; // the caller cancelled: not a network failure
        return { status: 0, json: undefined, error: networkError(error), durationMs: now() - started };
      }
    };
    const report = (kind: "request" | "retry", result: Exchange, extra: { groupId?: string; detail?: string } = {}) =>
      events.record({ kind, method, path, status: result.status, code: result.error?.code, durationMs: result.durationMs, ...extra });

    const token = useToken ? authStore.getState().accessToken : null;
    const first = await send(token);
    // A token that expired after this tab signed out is no reason to refresh.
    if (!token || first.error?.code !== "token_expired" || authStore.getState().status === "signed-out") {
      report("request", first);
      return unwrap<T>(first);
    }

    const { groupId, outcome, detail } = afterExpiry(token);
    report("request", first, { groupId, detail });
    const result = await abortable(outcome, init.signal);
    if (result.kind === "unavailable") throw result.error;
    if (result.kind === "rejected") {
      endSession(endReasonOf(result.error), { revoke: false }); // the server already refused the refresh
      throw result.error;
    }
    if (result.kind === "signed-out") throw first.error;

    const retry = await send(result.accessToken);
    if (retry.status === 401) {
      report("retry", retry, { groupId, detail: "401 again with a fresh token: signing out instead of looping" });
      endSession("session_expired", { revoke: true });
      return unwrap<T>(retry);
    }
    report("retry", retry, { groupId, detail: "the same request again (method, headers, body) with the new token" });
    return unwrap<T>(retry);
  }

  /** After a 401 token_expired: use a newer token if one is already here, else wait for the (one) refresh. */
  function afterExpiry(failedToken: string): { groupId: string; outcome: Promise<RefreshOutcome>; detail: string } {
    const state = authStore.getState();
    if (!coordinator.running() && state.accessToken && state.accessToken !== failedToken && isFresh(state)) {
      return {
        groupId: events.newGroupId(),
        outcome: Promise.resolve({ kind: "adopted", accessToken: state.accessToken }),
        detail: "token expired, but a newer one is already here: retrying with it",
      };
    }
    const flight = coordinator.join("request", state.accessToken);
    return { groupId: flight.id, outcome: flight.wait(REQUEST_PATIENCE), detail: "token expired: refreshing, then retrying" };
  }

  const isFresh = (state: AuthState) => state.accessExpiresAt !== null && now() < state.accessExpiresAt;

  /** Signs out here and in every tab; with `revoke`, also ends the session on the server (and its cookie). */
  function endSession(reason: SignedOutReason, { revoke }: { revoke: boolean }): Promise<void> {
    const body = tokens.refreshBody(); // read before signing out clears it
    const ended = session.signOut(reason);
    if (!revoke || !ended || body === null) return Promise.resolve();
    return apiFetch<void>("/auth/logout", { method: "POST", body, auth: false }).catch(() => {
      // Unreachable server: this browser is signed out; the refresh token expires on its own.
    });
  }

  /** Requests that need the token wait while the session is being restored on page load. */
  function sessionSettled(): Promise<void> {
    const settled = (state: AuthState) => state.status !== "loading" || state.offline;
    const pending = restoring;
    if (!pending || settled(authStore.getState())) return Promise.resolve();
    return new Promise((resolve) => {
      const unsubscribe = authStore.subscribe((state) => {
        if (settled(state)) done();
      });
      const done = () => {
        unsubscribe();
        resolve();
      };
      void pending.finally(done);
    });
  }

  async function refreshProactively(): Promise<void> {
    const outcome = await coordinator.join("proactive", authStore.getState().accessToken).wait();
    if (outcome.kind === "rejected") endSession(endReasonOf(outcome.error), { revoke: false });
  }

  return {
    apiFetch,
    storage: deps.storage,
    authStore,
    eventStore,
    events,
    tokens,
    session,
    coordinator,
    now,
    timers,
    page: deps.page ?? null,
    random: deps.random ?? Math.random,
    endSession,
    /** Marks the page-load restore, so token-needing requests wait for it instead of going out bare. */
    restoringWith(promise: Promise<void>): Promise<void> {
      restoring = promise;
      return promise;
    },
    /** Starts listening to the other tabs and the proactive refresh timer; returns the stop function. */
    start(): () => void {
      const stopListening = tabSync.listen(session.handleTabMessage);
      const stopProactive = startProactiveRefresh({ store: authStore, timers, now, page: deps.page ?? null, refresh: refreshProactively });
      return () => {
        stopListening();
        stopProactive();
      };
    },
  };
}

function unwrap<T>(result: Exchange): T {
  if (result.error) throw result.error;
  return result.json as T;
}

/** Stops waiting (not the refresh, which other callers may share) when the caller aborts. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
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
