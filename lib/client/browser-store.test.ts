import { afterEach, describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import { bindBrowserStore } from "./browser-store";

type Counter = { count: number };

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("bindBrowserStore", () => {
  it("creates no store on the server: reads give the fixed initial state, writes are refused", () => {
    const create = vi.fn(() => createStore<Counter>()(() => ({ count: 0 })));
    const useCounter = bindBrowserStore(create, { count: 0 });
    expect(typeof window).toBe("undefined");
    expect(useCounter.getState()).toEqual({ count: 0 });
    expect(() => useCounter.setState({ count: 1 })).toThrow(/browser only/);
    expect(create).not.toHaveBeenCalled();
  });

  it("in the browser creates the store once, on first use", () => {
    vi.stubGlobal("window", {});
    const create = vi.fn(() => createStore<Counter>()(() => ({ count: 0 })));
    const useCounter = bindBrowserStore(create, { count: 0 });
    expect(create).not.toHaveBeenCalled();
    useCounter.setState({ count: 2 });
    const seen: number[] = [];
    useCounter.subscribe((state) => seen.push(state.count));
    useCounter.setState((state) => ({ count: state.count + 1 }));
    expect(useCounter.getState()).toEqual({ count: 3 });
    expect(seen).toEqual([3]);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
