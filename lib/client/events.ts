// The client's flight recorder: every request, refresh, retry and session change the API
// client makes is appended here, so the auth inspector can show a 401 → refresh → retry
// chain (linked by `groupId`) as it happens. Bounded, so a long session cannot grow it.
import { createStore, type StoreApi } from "zustand/vanilla";
import { bindBrowserStore } from "./browser-store";

export type ClientEventKind = "request" | "refresh" | "retry" | "proactive-refresh" | "tab-refresh-received" | "signed-out" | "login" | "logout";

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
  detail?: string;
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
