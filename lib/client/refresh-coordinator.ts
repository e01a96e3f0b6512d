// Getting a new access token with the refresh token, exactly once per need:
// - single flight: every request that fails with token_expired while a refresh is running
//   joins it instead of starting another (50 failing requests, 1 refresh call);
// - across tabs: the call runs under a Web Lock; a tab that got the lock after waiting
//   first checks whether another tab refreshed meanwhile and uses that token;
// - failures: no answer or a 5xx is retried with backoff and keeps the session (offline);
//   only 401 invalid_grant (or 403 forbidden: a site address the server refuses) ends it. Waiting requests give up after a few attempts, while
//   the flight keeps retrying in the background until the server answers.
import { ApiRequestError, errorFromBody, networkError } from "./api-error";
import type { AuthStore } from "./auth-store";
import { backoffDelay, waitForRetry, type PageSignals, type Timers } from "./backoff";
import type { EventLog } from "./events";
import type { Session } from "./session";
import type { TabSync } from "./tab-sync";
import { tokenResponseSchema, type TokenStorage } from "./token-storage";
import { withLock, type LockManagerLike } from "./web-lock";

export type RefreshTrigger = "request" | "proactive" | "restore";

/** Why a refused refresh ended the session: a refused token, or a site address the server refuses. */
export function endReasonOf(error: ApiRequestError): "session_expired" | "origin_refused" {
  return error.code === "forbidden" ? "origin_refused" : "session_expired";
}

export type RefreshOutcome =
  | { kind: "refreshed" | "adopted"; accessToken: string }
  | { kind: "rejected"; error: ApiRequestError } // 401 invalid_grant or 403 forbidden: the session is over
  | { kind: "unavailable"; error: ApiRequestError } // still failing; the session is kept
  | { kind: "signed-out" }; // the session ended while waiting (logout, another tab)

export type Flight = {
  /** The groupId shared by the 401s that wait for this flight, its refresh calls and their retries. */
  id: string;
  /** Waits for the outcome; after `patience` failed attempts, resolves as unavailable instead. */
  wait(patience?: number): Promise<RefreshOutcome>;
};

export const REFRESH_LOCK = "shop.auth.refresh";
/** Longer than one attempt may take, so only a tab that is truly stuck makes others give up waiting. */
export const LOCK_TIMEOUT_MS = 15_000;
export const ATTEMPT_TIMEOUT_MS = 10_000;
/** How long a tab waits for the broadcast of a token another tab has already received. */
export const HANDOFF_TIMEOUT_MS = 2_000;

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
  tabSync: TabSync;
  session: Session;
  events: EventLog;
};

type FlightState = {
  id: string;
  trigger: RefreshTrigger;
  epoch: number;
  /** The token this flight replaces: any other token that shows up is newer. */
  staleToken: string | null;
  /** The shared token version when the flight began (for a tab that holds no token yet). */
  baseline: string | null;
  waiting: number;
  failures: ApiRequestError[];
  /** Waiters re-check on every failed attempt and when the session ends. */
  listeners: Set<() => void>;
  abort: AbortController;
  /** Ends the current wait between attempts early. */
  wake: AbortController;
  done: Promise<RefreshOutcome>;
};

type Step = RefreshOutcome | { kind: "transient"; error: ApiRequestError };

export type RefreshCoordinator = ReturnType<typeof createRefreshCoordinator>;

export function createRefreshCoordinator(deps: Deps) {
  const { store, tokens, tabSync, session, events, timers, now } = deps;
  let current: FlightState | null = null;

  // A sign-out ends the flight at once; its waiters learn it without waiting for the network.
  session.onEnd(() => {
    if (!current) return;
    current.abort.abort();
    current.wake.abort();
    notify(current);
    current = null;
  });

  // A token that arrives from elsewhere (another tab recovered first) while the flight
  // waits between attempts ends the wait: the next attempt finds that token and uses it.
  store.subscribe((state, previous) => {
    if (state.accessToken && state.accessToken !== previous.accessToken) current?.wake.abort();
  });

  const notify = (flight: FlightState) => {
    for (const listener of flight.listeners) listener();
  };

  function join(trigger: RefreshTrigger, staleToken: string | null): Flight {
    const running = current && current.epoch === session.epoch() ? current : null;
    if (running) running.waiting += 1;
    const flight = running ?? start(trigger, staleToken);
    return { id: flight.id, wait: (patience = Number.POSITIVE_INFINITY) => waitFor(flight, patience) };
  }

  function start(trigger: RefreshTrigger, staleToken: string | null): FlightState {
    const flight: FlightState = {
      id: events.newGroupId(),
      trigger,
      epoch: session.epoch(),
      staleToken,
      baseline: tabSync.sharedVersion(),
      waiting: 1,
      failures: [],
      listeners: new Set(),
      abort: new AbortController(),
      wake: new AbortController(),
      done: Promise.resolve({ kind: "signed-out" }),
    };
    current = flight;
    flight.done = run(flight).finally(() => {
      if (current === flight) current = null;
    });
    return flight;
  }

  function waitFor(flight: FlightState, patience: number): Promise<RefreshOutcome> {
    return new Promise((resolve) => {
      const check = () => {
        const last = flight.failures.at(-1);
        if (flight.abort.signal.aborted) resolve({ kind: "signed-out" });
        else if (last && flight.failures.length >= patience) resolve({ kind: "unavailable", error: last });
      };
      flight.listeners.add(check);
      flight.done.then(resolve).finally(() => flight.listeners.delete(check));
    });
  }

  async function run(flight: FlightState): Promise<RefreshOutcome> {
    for (let attempt = 1; ; attempt += 1) {
      if (flight.abort.signal.aborted || flight.epoch !== session.epoch()) return { kind: "signed-out" };
      const step = await withLock(deps.locks, REFRESH_LOCK, { timeoutMs: LOCK_TIMEOUT_MS, timers }, (locked) =>
        attemptUnderLock(flight, attempt, locked),
      ).then(
        ({ value }) => value,
        (error: unknown): Step => ({ kind: "transient", error: asApiError(error) }),
      );
      if (step.kind !== "transient") {
        if (step.kind === "refreshed" || step.kind === "adopted") session.setOffline(false);
        return step;
      }
      flight.failures.push(step.error);
      notify(flight);
      session.setOffline(true);
      flight.wake = new AbortController();
      await waitForRetry(backoffDelay(attempt, deps.random), { timers, page: deps.page, signal: flight.wake.signal });
    }
  }

  async function attemptUnderLock(flight: FlightState, attempt: number, locked: boolean): Promise<Step> {
    if (flight.epoch !== session.epoch()) return { kind: "signed-out" };
    // 1. While we waited for the lock, another tab's broadcast may already have brought a newer token.
    const held = store.getState().accessToken;
    if (held && held !== flight.staleToken) return adopted(flight, held, "this tab already has a newer token");
    // 2. Or another tab refreshed and its broadcast is still on the way: wait for it rather
    //    than refresh again (in cookie mode the server has already rotated the cookie).
    const shared = tabSync.sharedVersion();
    if (shared && shared !== (session.version() ?? flight.baseline)) {
      const newer = await newerTokenFromAnotherTab(shared, flight);
      if (newer) return adopted(flight, newer, "another tab refreshed while this tab waited for the lock");
    }
    // 3. No one did: this tab refreshes.
    return callRefresh(flight, attempt, locked);
  }

  async function newerTokenFromAnotherTab(version: string, flight: FlightState): Promise<string | null> {
    if (tokens.mode() === "localStorage") {
      // The shared storage already holds the other tab's pair.
      const { accessToken, accessExpiresAt } = tokens.read();
      const receivedAt = now();
      // Only a token other than the stale one, and still valid, is worth taking.
      if (!accessToken || accessToken === flight.staleToken || accessExpiresAt === null || accessExpiresAt <= receivedAt) return null;
      session.adopt({
        type: "tokens",
        version,
        access_token: accessToken,
        expires_in: (accessExpiresAt - receivedAt) / 1000,
        received_at: receivedAt,
        user: null,
      });
      return accessToken;
    }
    const message = await tabSync.waitForTokens(version, HANDOFF_TIMEOUT_MS);
    if (!message || flight.epoch !== session.epoch()) return null;
    session.adopt(message);
    return message.access_token;
  }

  function adopted(flight: FlightState, accessToken: string, why: string): Step {
    events.record({ kind: eventKind(flight), groupId: flight.id, detail: `No refresh call: ${why}` });
    return { kind: "adopted", accessToken };
  }

  async function callRefresh(flight: FlightState, attempt: number, locked: boolean): Promise<Step> {
    const body = tokens.refreshBody();
    if (body === null) return { kind: "rejected", error: new ApiRequestError(401, "invalid_grant", "No refresh token is stored") };
    const started = now();
    const controller = new AbortController();
    const abort = () => controller.abort();
    const timer = timers.setTimeout(abort, ATTEMPT_TIMEOUT_MS);
    flight.abort.signal.addEventListener("abort", abort);
    const notes = [
      flight.trigger === "restore" ? "silent refresh on page load" : null,
      attempt > 1 ? `attempt ${attempt}` : null,
      deps.locks && !locked ? `the refresh lock was not granted within ${LOCK_TIMEOUT_MS / 1000} s, so this refresh runs without it` : null,
    ];
    let step: Step;
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
        signal: controller.signal,
      });
      status = response.status;
      const json: unknown = await response.json().catch(() => null);
      step = interpret(flight, status, json);
    } catch (error) {
      step = { kind: "transient", error: networkError(error) };
    } finally {
      timers.clearTimeout(timer);
      flight.abort.signal.removeEventListener("abort", abort);
    }
    if (flight.waiting > 1) notes.push(`${flight.waiting} callers share this refresh (single flight)`);
    if (step.kind === "transient") notes.push(`${step.error.message}; the session is kept and the refresh retried`);
    if (step.kind === "rejected") {
      notes.push(
        flight.trigger === "restore" && tokens.mode() === "cookie"
          ? "no session to restore (no valid refresh cookie)"
          : "the refresh token was refused: the session is over",
      );
    }
    events.record({
      kind: eventKind(flight),
      method: "POST",
      path: "/auth/refresh",
      status,
      code: "error" in step ? step.error.code : undefined,
      durationMs: now() - started,
      groupId: flight.id,
      detail: notes.filter(Boolean).join("; ") || undefined,
    });
    return step;
  }

  function interpret(flight: FlightState, status: number, json: unknown): Step {
    if (status >= 200 && status < 300) {
      const parsed = tokenResponseSchema.safeParse(json);
      if (!parsed.success) return { kind: "transient", error: new ApiRequestError(status, "internal", "The refresh answer was malformed") };
      // A session that ended while the call was running stays ended.
      if (flight.epoch !== session.epoch()) return { kind: "signed-out" };
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
    return { kind: "transient", error };
  }

  return {
    join,
    /** True while a refresh for the current session is running. */
    running: () => current !== null && current.epoch === session.epoch(),
  };
}

function eventKind(flight: { trigger: RefreshTrigger }) {
  return flight.trigger === "proactive" ? ("proactive-refresh" as const) : ("refresh" as const);
}

function asApiError(error: unknown): ApiRequestError {
  return error instanceof ApiRequestError ? error : new ApiRequestError(0, "internal", String(error));
}
