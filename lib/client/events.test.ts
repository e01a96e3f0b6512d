import { describe, expect, it } from "vitest";
import { MAX_EVENTS, createEventLog, createEventStore } from "./events";

describe("event log", () => {
  it(`keeps the newest ${MAX_EVENTS} events, newest last, each with its own id`, () => {
    const store = createEventStore();
    const log = createEventLog(store, () => 1000);
    for (let i = 0; i < MAX_EVENTS + 50; i += 1) log.record({ kind: "request", path: `/p/${i}` });
    const { events } = store.getState();
    expect(events).toHaveLength(MAX_EVENTS);
    expect(events[0]?.path).toBe("/p/50");
    expect(events.at(-1)).toMatchObject({ path: `/p/${MAX_EVENTS + 49}`, at: 1000 });
    expect(new Set(events.map((e) => e.id)).size).toBe(MAX_EVENTS);
    store.getState().clear();
    expect(store.getState().events).toEqual([]);
  });
});
