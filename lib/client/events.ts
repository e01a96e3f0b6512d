// The client's flight recorder: every request, refresh, retry and session change the API
// client makes is appended here as a typed fact (what happened, why, on which attempt,
// shared by how many callers, whether the lock was held), so the auth inspector can show
// a 401 → refresh → retry chain (linked by `groupId`) as it happens and say it in the
// reader's language. The log holds no sentences: the inspector writes them from its
// dictionaries. Bounded, so a long session cannot grow it.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { SignedOutReason, StorageMode } from "./auth-store";
import { bindBrowserStore } from "./browser-store";

export type ClientEventKind =
  | "request" // a call to the API (a 401 token_expired one opens a group)
  | "refresh" // a refresh this tab ran, or found it did not need to run
  | "proactive-refresh" // the same, shortly before expiry
  | "retry" // the request again, with the new token
  | "tab-refresh-received" // another tab's new access token, taken over
  | "login"
  | "logout" // the shopper ended a session
  | "signed-out"; // this tab has no session (any cause: see `reason`)

/** What led to a refresh: a 401, the proactive timer, the page load, or a token known to have expired before use. */
export type RefreshTrigger = "request" | "proactive" | "restore" | "expired";

/** Why a request or a refresh went the way it did. */
export type EventNote =
  | "refreshing" // a 401 token_expired: this request waits for the (one) refresh
  | "retried" // sent again with the new token: same method, headers and body
  | "expired_again" // 401 again with a fresh token: signing out instead of looping
  | "newer_token_here" // no refresh call: this tab already holds a newer token
  | "other_tab_refreshed" // no refresh call: another tab refreshed while this one waited for the lock
  | "kept_offline" // no answer or a 5xx: the session is kept and the refresh retried
  | "refused" // the refresh token was refused: the session is over
  | "nothing_to_restore" // the page load's refresh found no session (no valid refresh cookie)
  | "storm"; // refresh after refresh within seconds: the client stopped instead of looping

/** Why a tab has no session: a SignedOutReason, or a page load that found none. */
export type SignedOutCause = SignedOutReason | "no_session" | "no_session_hint";

/** Which session a logout ended. */
export type LogoutScope = "this_session" | "other_device" | "every_session" | "storage_mode_changed";

/** How the refresh lock went: held, not granted in time (ran without it), or no Web Locks here. */
export type LockOutcome = "held" | "timed_out" | "unavailable";

export type ClientEvent = {
  id: string;
  at: number;
  kind: ClientEventKind;
  method?: string;
  path?: string;
  status?: number;
  code?: string;
  durationMs?: number;
  /** Links a 401 token_expired, the refresh it caused and the retry of the request. */
  groupId?: string;
  note?: EventNote;
  trigger?: RefreshTrigger;
  /** The refresh's attempt number (1 for the first). */
  attempt?: number;
  /** How many callers shared this refresh (single flight). */
  sharedBy?: number;
  lock?: LockOutcome;
  cause?: SignedOutCause;
  scope?: LogoutScope;
  /** Where the tokens are kept (login, storage switch). */
  mode?: StorageMode;
  /** True when the event came from another tab's message. */
  fromOtherTab?: boolean;
  /** The short name of the other tab whose refresh brought the token this tab took over. */
  tab?: string;
};

export type EventState = { events: ClientEvent[]; clear(): void };

export const MAX_EVENTS = 200;

export type EventStore = StoreApi<EventState>;

export function createEventStore(): EventStore {
  return createStore<EventState>()((set) => ({
    events: [],
    clear: () => set({ events: [] }),
  }));
}

export const useEventStore = bindBrowserStore(createEventStore, { events: [], clear: () => {} });

export type EventLog = {
  record(event: Omit<ClientEvent, "id" | "at">): void;
  newGroupId(): string;
};

/** The writer side: stamps each event with an id and the time, and keeps the newest MAX_EVENTS. */
export function createEventLog(store: EventStore, now: () => number): EventLog {
  let counter = 0;
  const nextId = (prefix: string) => `${prefix}${now().toString(36)}-${(counter += 1)}`;
  return {
    record(event) {
      const entry: ClientEvent = { id: nextId("e"), at: now(), ...event };
      store.setState((state) => ({ events: [...state.events.slice(-(MAX_EVENTS - 1)), entry] }));
    },
    newGroupId: () => nextId("g"),
  };
}
