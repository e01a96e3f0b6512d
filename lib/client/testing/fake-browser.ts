// Fakes of the browser APIs the client coordinates tabs with, shared between several
// client instances to play several tabs of one browser: a Web Locks manager (exclusive,
// queued, abortable while waiting), a BroadcastChannel hub (delivers to every other tab,
// asynchronously, optionally late), and the page's visibility and connectivity signals.
import type { PageSignals } from "../backoff";
import type { PageLifecycle } from "../browser-deps";
import type { TabChannel } from "../tab-sync";
import type { LockManagerLike } from "../web-lock";

export function createFakeLocks() {
  const queues = new Map<string, Array<() => void>>();
  const held = new Set<string>();
  let grants = 0;

  const release = (name: string) => {
    const next = queues.get(name)?.shift();
    if (next) next();
    else held.delete(name);
  };

  const locks: LockManagerLike & { grants(): number; isHeld(name: string): boolean; holdForever(name: string): void } = {
    request<T>(name: string, options: { signal?: AbortSignal }, callback: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const grant = () => {
          grants += 1;
          options.signal?.removeEventListener("abort", onAbort);
          callback()
            .then(resolve, reject)
            .finally(() => release(name));
        };
        const onAbort = () => {
          const queue = queues.get(name) ?? [];
          queues.set(
            name,
            queue.filter((entry) => entry !== grant),
          );
          reject(new DOMException("The lock request was aborted", "AbortError"));
        };
        if (options.signal?.aborted) return onAbort();
        if (!held.has(name)) {
          held.add(name);
          return grant();
        }
        options.signal?.addEventListener("abort", onAbort, { once: true });
        queues.set(name, [...(queues.get(name) ?? []), grant]);
      });
    },
    grants: () => grants,
    isHeld: (name: string) => held.has(name),
    /** A tab that took the lock and hangs: nobody gets it again. */
    holdForever(name: string) {
      void locks.request(name, {}, () => new Promise<never>(() => {}));
    },
  };
  return locks;
}

export function createChannelHub({ delayMs = 0 } = {}) {
  const members = new Set<{ deliver(message: unknown): void }>();
  const sent: unknown[] = [];
  return {
    sent,
    channel(): TabChannel {
      const listeners = new Set<(message: unknown) => void>();
      const member = {
        deliver: (message: unknown) => {
          for (const listener of listeners) listener(message);
        },
      };
      members.add(member);
      return {
        postMessage(message) {
          sent.push(message);
          const copy = structuredClone(message); // what a real channel delivers: a copy
          for (const other of members) {
            if (other === member) continue; // a channel does not hear its own messages
            if (delayMs > 0) setTimeout(() => other.deliver(copy), delayMs);
            else queueMicrotask(() => other.deliver(copy));
          }
        },
        subscribe(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      };
    },
  };
}

export function createFakePage({ visible = true } = {}) {
  const listeners = { visible: new Set<() => void>(), online: new Set<() => void>(), restored: new Set<() => void>() };
  let isVisible = visible;
  const page: PageSignals & PageLifecycle & { setVisible(value: boolean): void; goOnline(): void; restoreFromCache(): void } = {
    isVisible: () => isVisible,
    subscribe(event, listener) {
      listeners[event].add(listener);
      return () => listeners[event].delete(listener);
    },
    setVisible(value) {
      isVisible = value;
      if (value) for (const listener of [...listeners.visible]) listener();
    },
    goOnline() {
      for (const listener of [...listeners.online]) listener();
    },
    onRestoredFromCache(listener) {
      listeners.restored.add(listener);
      return () => listeners.restored.delete(listener);
    },
    /** The back button brought this page back from the back/forward cache, memory and all. */
    restoreFromCache() {
      for (const listener of [...listeners.restored]) listener();
    },
  };
  return page;
}
