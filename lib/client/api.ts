// The fetch wrapper every page's call goes through. It adds the access token; when the
// server answers 401 token_expired (and only then) it asks the refresher for a new token
// and sends the same request once more, with the same method, headers and body. A second
// 401 after that signs out instead of looping. A token this tab already knows is expired
// (the laptop slept past its expiry, and no timer fired) is not sent: it refreshes first.
//
// The whole path of one 401: apiFetch (here) → refresher.refresh (refresher.ts, which
// checks token-handoff.ts under the lock, then calls /auth/refresh) → back here, retry.
import { isTokenEndpoint } from "@/lib/shared/token-endpoints";
import { ApiRequestError, errorFromBody, networkError } from "./api-error";
import type { AuthStore, SignedOutReason } from "./auth-store";
import type { EventLog } from "./events";
import { REQUEST_PATIENCE_MS, type RefreshOutcome, type Refresher } from "./refresher";

export type ApiFetchInit = {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  body?: unknown;
  headers?: Record<string, string>;
  /** Send the access token (default true). */
  auth?: boolean;
  signal?: AbortSignal;
  /**
   * False for a read that only watches the session (the inspector's token chain): it is
   * kept out of the event log, so watching the flow does not add to what is watched.
   */
  record?: boolean;
};

export type ApiFetch = <T>(path: string, init?: ApiFetchInit) => Promise<T>;

type Exchange = { status: number; json: unknown; error: ApiRequestError | null; durationMs: number };

type Deps = {
  fetch: typeof fetch;
  baseUrl: string;
  now: () => number;
  store: AuthStore;
  events: EventLog;
  refresher: Refresher;
  /** Signs out here and in every tab; with `revoke`, on the server too. */
  endSession(reason: SignedOutReason, options: { revoke: boolean }): Promise<void>;
  /** Ends the session after a refresh that was refused or stopped as a storm (client.ts). */
  endAfterFailedRefresh(outcome: RefreshOutcome): Promise<boolean>;
  /** Resolves once the page-load restore is over, so no request goes out without its token. */
  settled(): Promise<void>;
};

export function createApiFetch({ fetch, baseUrl, now, store, events, refresher, endSession, endAfterFailedRefresh, settled }: Deps) {
  /** `awaitRestore: false` is for the restore itself, which must not wait for itself. */
  return async function apiFetch<T>(path: string, init: ApiFetchInit = {}, { awaitRestore = true } = {}): Promise<T> {
    const method = init.method ?? "GET";
    const useToken = (init.auth ?? true) && !isTokenEndpoint(path);
    if (useToken && awaitRestore) await settled();

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
        const response = await fetch(`${baseUrl}${path}`, {
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
    const record = (
      kind: "request" | "retry",
      result: Exchange,
      extra: { groupId?: string; note?: "refreshing" | "retried" | "expired_again" } = {},
    ) => {
      if (init.record === false) return;
      events.record({ kind, method, path, status: result.status, code: result.error?.code, durationMs: result.durationMs, ...extra });
    };

    /** The (one) refresh this request waits for: its group, and the token it brings, or why not. */
    const refresh = (trigger: "request" | "expired", stale: string) => {
      const { groupId, outcome } = refresher.refresh(trigger, stale, { patienceMs: REQUEST_PATIENCE_MS });
      const token = abortable(outcome, init.signal).then(async (result) => {
        if (result.kind === "refreshed" || result.kind === "adopted") return result.accessToken;
        if (result.kind === "rejected" || result.kind === "storm") {
          await endAfterFailedRefresh(result);
          throw result.error;
        }
        if (result.kind === "unavailable") throw result.error;
        throw new ApiRequestError(401, "token_expired", "The session ended while this request waited");
      });
      return { groupId, token };
    };

    const { accessToken, accessExpiresAt, proactiveRefresh } = store.getState();
    let token = useToken ? accessToken : null;
    let groupId: string | undefined;
    if (token && proactiveRefresh && accessExpiresAt !== null && now() >= accessExpiresAt) {
      // Known to be expired (expires_in counted from receipt), and no timer caught it (a
      // laptop asleep, a throttled tab): refresh before sending it. With "Refresh before
      // expiry" switched off, the token goes out and the 401 path below takes over.
      const before = refresh("expired", token);
      groupId = before.groupId;
      token = await before.token;
    }
    const first = await send(token);
    // A token that expired after this tab signed out is no reason to refresh.
    if (!token || first.error?.code !== "token_expired" || store.getState().status === "signed-out") {
      record("request", first, { groupId });
      return unwrap<T>(first);
    }

    const after = refresh("request", token);
    record("request", first, { groupId: after.groupId, note: "refreshing" });
    const retry = await send(await after.token);
    if (retry.status === 401) {
      record("retry", retry, { groupId: after.groupId, note: "expired_again" });
      await endSession("session_expired", { revoke: true });
      return unwrap<T>(retry);
    }
    record("retry", retry, { groupId: after.groupId, note: "retried" });
    return unwrap<T>(retry);
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
