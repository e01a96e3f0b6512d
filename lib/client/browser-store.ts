// Zustand stores that exist only in the browser. A module-level store in a Next.js app
// would also be created on the server, where one Node process renders every shopper's
// page: state written there could leak from one request into another. So the store is
// created on first use in the browser; during server rendering (and hydration) hooks read
// a fixed initial state, and real state arrives after mount (zustand's Next.js guide).
import { useStore, type UseBoundStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";

export function bindBrowserStore<S>(create: () => StoreApi<S>, serverState: S): UseBoundStore<StoreApi<S>> {
  let store: StoreApi<S> | undefined;
  // A read-only stand-in, never a store: nothing can be written on the server.
  const serverSnapshot: StoreApi<S> = {
    getState: () => serverState,
    getInitialState: () => serverState,
    setState: () => {
      throw new Error("Client stores are written in the browser only (in effects and event handlers)");
    },
    subscribe: () => () => {},
  };
  const api = (): StoreApi<S> => {
    if (typeof window === "undefined") return serverSnapshot;
    store ??= create();
    return store;
  };

  function useBoundStore(): S;
  function useBoundStore<U>(selector: (state: S) => U): U;
  function useBoundStore<U>(selector?: (state: S) => U) {
    return useStore(api(), selector ?? ((state: S) => state as unknown as U));
  }
  return Object.assign(useBoundStore, {
    getState: () => api().getState(),
    getInitialState: () => api().getInitialState(),
    setState: ((...args: Parameters<StoreApi<S>["setState"]>) =>
      (api().setState as (...a: typeof args) => void)(...args)) as StoreApi<S>["setState"],
    subscribe: (listener: (state: S, previous: S) => void) => api().subscribe(listener),
  });
}
