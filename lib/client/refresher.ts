// Getting a new access token with the refresh token, exactly once per need.
//
//   refresh(trigger, stale)            a request met 401, the timer fired, the page loaded
//     └─ one flight per session       every caller while it runs joins it (50 callers, 1 call)
//          └─ attempt, under the lock one tab at a time across the browser (web-lock.ts)
//               ├─ newer token here?  another tab may have refreshed meanwhile (token-handoff.ts)
//               └─ POST /auth/refresh 200: new pair · 401 invalid_grant or 403: session over
//                                     · no answer or 5xx: kept, tried again after a backoff
//
// Each caller waits with its own patience: a request gives up after REQUEST_PATIENCE_MS
// of failed attempts (and shows its error), while the flight keeps trying in the
// background until the server answers; a caller that joins late is just as patient as the
// first, and wakes a flight that is sleeping between attempts. Refresh after refresh
// within seconds (a server whose tokens expire at once) is stopped, not looped.
import { ApiRequestError, errorFromBody, networkError } from "./api-error";
import type { AuthStore } from "./auth-store";
import { backoffDelay, waitForRetry, type PageSignals, type Timers } from "./backoff";
import type { EventLog, LockOutcome, RefreshTrigger } from "./events";
import type { Session } from "./session";
import type { TokenHandoff } from "./token-handoff";
import { tokenResponseSchema, type TokenStorage } from "./token-storage";
import { withLock, type LockManagerLike } from "./web-lock";

export type RefreshOutcome =
  | { kind: "refreshed" | "adopted"; accessToken: string }
  | { kind: "rejected"; error: ApiRequestError } // 401 invalid_grant or 403 forbidden: the session is over
  | { kind: "storm"; error: ApiRequestError } // refresh after refresh, each token dead at once: stopped
  | { kind: "unavailable"; error: ApiRequestError } // still failing; the session is kept
  | { kind: "signed-out" }; // the session ended while waiting (logout, another tab)

export const REFRESH_LOCK = "shop.auth.refresh";
/** Longer than one attempt may take, so only a tab that is truly stuck makes others give up waiting. */
export const LOCK_TIMEOUT_MS = 15_000;
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** How long a request waits through failing attempts before it fails (the flight goes on). */
export const REQUEST_PATIENCE_MS = 5_000;
/** This many successful refreshes within STORM_WINDOW_MS is a renew storm: the next one is not made. */
export const STORM_LIMIT = 5;
export const STORM_WINDOW_MS = 5_000;

type Deps = {
  fetch: typeof fetch;
  baseUrl: string;
  now: () => number;
  timers: Timers;
  random: () => number;
  page: PageSignals | null;
  locks: LockManagerLike | null;
  store: AuthStore;
  tokens: TokenStorage;
  session: Session;
  handoff: TokenHandoff;
  events: EventLog;
};

type Flight = {
  id: string;
  trigger: RefreshTrigger;
  /** The session this flight belongs to: aborted, the flight stops. */
  signal: AbortSignal;
  /** The token this flight replaces: any other valid token that shows up is newer. */
  stale: string | null;
  baseline: string | null;
  callers: number;
  lastError: ApiRequestError | null;
  /** Told after every failed attempt, so each waiter can weigh its own patience. */
  onFailure: Set<() => void>;
  /** Told when the session ends: the waiters learn it at once, not when the attempt gives up. */
  onEnd: Set<() => void>;
  /** Cuts the sleep between attempts short (a caller joined, a token arrived). */
  wake: () => void;
  done: Promise<RefreshOutcome>;
};

export type Refresher = ReturnType<typeof createRefresher>;

export function createRefresher(deps: Deps) {
  const { store, tokens, session, handoff, events, timers, now } = deps;
  let current: Flight | null = null;
  /** When this tab's recent refreshes succeeded: the renew-storm check counts them. */
  const recentRefreshes: number[] = [];

  /** The one way in: joins the running flight of this session, or starts one. */
  function refresh(
    trigger: RefreshTrigger,
    stale: string | null,
    { patienceMs = Number.POSITIVE_INFINITY }: { patienceMs?: number } = {},
  ): { groupId: string; outcome: Promise<RefreshOutcome> } {
    let flight = current && !current.signal.aborted ? current : null;
    if (flight) {
      flight.callers += 1;
      flight.wake();
    } else {
      flight = start(trigger, stale);
    }
    return { groupId: flight.id, outcome: wait(flight, patienceMs) };
  }

  function start(trigger: RefreshTrigger, stale: string | null): Flight {
    const flight: Flight = {
      id: events.newGroupId(),
      trigger,
      signal: session.signal(),
      stale,
      baseline: handoff.baseline(),
      callers: 1,
      lastError: null,
      onFailure: new Set(),
      onEnd: new Set(),
      wake: () => {},
      done: Promise.resolve({ kind: "signed-out" }),
    };
    current = flight;
    const ended = () => flight.onEnd.forEach((listener) => listener());
    flight.signal.addEventListener("abort", ended, { once: true });
    flight.done = run(flight).finally(() => {
      flight.signal.removeEventListener("abort", ended);
      if (current === flight) current = null;
    });
    return flight;
  }

  /** This caller's view of the flight: its outcome, or "unavailable" once its own patience is spent. */
  function wait(flight: Flight, patienceMs: number): Promise<RefreshOutcome> {
    const joined = now();
    return new Promise((resolve) => {
      const onFailure = () => {
        if (flight.lastError && now() - joined >= patienceMs) resolve({ kind: "unavailable", error: flight.lastError });
      };
      const onEnd = () => resolve({ kind: "signed-out" });
      flight.onFailure.add(onFailure);
      flight.onEnd.add(onEnd);
      // The patience runs out between two attempts, too: the deadline checks once more.
      const deadline = Number.isFinite(patienceMs) ? timers.setTimeout(onFailure, patienceMs) : null;
      void flight.done.then(resolve).finally(() => {
        flight.onFailure.delete(onFailure);
        flight.onEnd.delete(onEnd);
        if (deadline !== null) timers.clearTimeout(deadline);
      });
    });
  }

  async function run(flight: Flight): Promise<RefreshOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      if (flight.signal.aborted) return { kind: "signed-out" };
      const step = await withLock(deps.locks, REFRESH_LOCK, { timeoutMs: LOCK_TIMEOUT_MS, timers }, (lock) =>
        underLock(flight, attempt, deps.locks ? (lock ? "held" : "timed_out") : "unavailable"),
      ).catch((error: unknown): RefreshOutcome | null => {
        flight.lastError = error instanceof ApiRequestError ? error : new ApiRequestError(0, "internal", String(error));
        return null;
      });
      if (step) {
        if (step.kind === "refreshed" || step.kind === "adopted") session.setOffline(false);
        return step;
      }
      // A transient failure: keep the session, tell the waiters, sleep, try again.
      session.setOffline(true);
      for (const listener of flight.onFailure) listener();
      await sleep(flight, backoffDelay(attempt, deps.random));
    }
  }

  /** Sleeps between attempts; a new caller, a token from elsewhere or the session's end cut it short. */
  function sleep(flight: Flight, ms: number): Promise<void> {
    const woken = new AbortController();
    flight.wake = () => woken.abort();
    const onToken = store.subscribe((state, previous) => {
      if (state.accessToken && state.accessToken !== previous.accessToken) woken.abort();
    });
    const unfollow = follow(flight.signal, woken);
    return waitForRetry(ms, { timers, page: deps.page, signal: woken.signal }).finally(() => {
      onToken();
      unfollow();
      flight.wake = () => {};
    });
  }

  /** One attempt, holding the lock: the newer-token check, then the call. Null: failed, try again. */
  async function underLock(flight: Flight, attempt: number, lock: LockOutcome): Promise<RefreshOutcome | null> {
    if (flight.signal.aborted) return { kind: "signed-out" };
    const newer = await handoff.newerThan(flight.stale, flight.baseline, flight.signal);
    if (newer) {
      const from = newer.from === "this-tab" ? { note: "newer_token_here" as const } : { note: "other_tab_refreshed" as const, tab: newer.tab };
      events.record({ kind: eventKind(flight), groupId: flight.id, trigger: flight.trigger, sharedBy: flight.callers, lock, ...from });
      return { kind: "adopted", accessToken: newer.accessToken };
    }
    if (isStorm()) {
      const error = new ApiRequestError(
        0,
        "internal",
        `${STORM_LIMIT} refreshes within ${STORM_WINDOW_MS / 1000} s: stopped instead of looping`,
      );
      events.record({ kind: eventKind(flight), groupId: flight.id, trigger: flight.trigger, note: "storm", attempt, lock });
      return { kind: "storm", error };
    }
    return callRefresh(flight, attempt, lock);
  }

  function isStorm(): boolean {
    const since = now() - STORM_WINDOW_MS;
    while (recentRefreshes.length > 0 && recentRefreshes[0]! < since) recentRefreshes.shift();
    return recentRefreshes.length >= STORM_LIMIT;
  }

  async function callRefresh(flight: Flight, attempt: number, lock: LockOutcome): Promise<RefreshOutcome | null> {
    const body = tokens.refreshBody();
    if (body === null) return { kind: "rejected", error: new ApiRequestError(401, "invalid_grant", "No refresh token is stored") };
    const started = now();
    // The call is abandoned when the session ends, or after ATTEMPT_TIMEOUT_MS.
    const abort = new AbortController();
    const unfollow = follow(flight.signal, abort);
    const timer = timers.setTimeout(() => abort.abort(), ATTEMPT_TIMEOUT_MS);
    let outcome: RefreshOutcome | null;
    let status = 0;
    try {
      // Cookie mode sends no body: the HttpOnly cookie carries the token, and the browser
      // adds the Origin header the server checks before it accepts a cookie refresh.
      const response = await deps.fetch(`${deps.baseUrl}/auth/refresh`, {
        method: "POST",
        headers: body ? { "Content-Type": "application/json" } : {},
        body: body ? JSON.stringify(body) : undefined,
        credentials: "same-origin",
        cache: "no-store",
        signal: abort.signal,
      });
      status = response.status;
      outcome = interpret(flight, status, await response.json().catch(() => null));
    } catch (error) {
      flight.lastError = networkError(error);
      outcome = flight.signal.aborted ? { kind: "signed-out" } : null;
    } finally {
      timers.clearTimeout(timer);
      unfollow();
    }
    if (outcome?.kind === "refreshed") recentRefreshes.push(now());
    const refused = outcome?.kind === "rejected" ? outcome.error : null;
    const failed = outcome === null ? flight.lastError : null;
    events.record({
      kind: eventKind(flight),
      method: "POST",
      path: "/auth/refresh",
      status,
      code: (refused ?? failed)?.code,
      durationMs: now() - started,
      groupId: flight.id,
      trigger: flight.trigger,
      attempt,
      sharedBy: flight.callers,
      lock,
      note: failed
        ? "kept_offline"
        : refused
          ? flight.trigger === "restore" && tokens.mode() === "cookie"
            ? "nothing_to_restore"
            : "refused"
          : undefined,
    });
    return outcome;
  }

  function interpret(flight: Flight, status: number, json: unknown): RefreshOutcome | null {
    if (status >= 200 && status < 300) {
      const parsed = tokenResponseSchema.safeParse(json);
      if (!parsed.success) {
        flight.lastError = new ApiRequestError(status, "internal", "The refresh answer was malformed");
        return null;
      }
      // A session that ended while the call was running stays ended.
      if (flight.signal.aborted) return { kind: "signed-out" };
      session.refreshed(parsed.data);
      return { kind: "refreshed", accessToken: parsed.data.access_token };
    }
    const error = errorFromBody(status, json);
    // Only the server's final word ends the session; anything else may pass. That word is
    // 401 invalid_grant (the refresh token is no good) or 403 forbidden (this page's origin
    // is not the site's own, so no refresh from this address will ever be accepted).
    if ((status === 401 && error.code === "invalid_grant") || (status === 403 && error.code === "forbidden")) {
      return { kind: "rejected", error };
    }
    flight.lastError = error;
    return null;
  }

  return {
    refresh,
    /** True while a refresh for the current session is running. */
    running: () => current !== null && !current.signal.aborted,
  };
}

function eventKind(flight: Flight) {
  return flight.trigger === "proactive" ? ("proactive-refresh" as const) : ("refresh" as const);
}

/** Aborts `controller` when `signal` aborts, until the returned function unlinks them. */
function follow(signal: AbortSignal, controller: AbortController): () => void {
  const abort = () => controller.abort();
  if (signal.aborted) abort();
  signal.addEventListener("abort", abort);
  return () => signal.removeEventListener("abort", abort);
}
