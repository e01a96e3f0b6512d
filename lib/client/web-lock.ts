// One refresh at a time across all tabs of the browser: the refresh runs while holding a
// Web Lock (navigator.locks), so a second tab waits for the first instead of presenting
// the same refresh token again. The wait has a timeout: a tab that hangs while holding the
// lock (frozen, or a stuck request) must not hang every other tab; after the timeout the
// refresh runs without the lock, and the server's grace window covers that rare overlap.
import type { Timers } from "./backoff";

/** The part of navigator.locks we use: an exclusive lock, waiting abortable by a signal. `work` learns whether it holds the lock. */
export type LockManagerLike = {
  request<T>(name: string, options: { signal?: AbortSignal }, callback: () => Promise<T>): Promise<T>;
};

export async function withLock<T>(
  locks: LockManagerLike | null,
  name: string,
  { timeoutMs, timers }: { timeoutMs: number; timers: Timers },
  work: (locked: boolean) => Promise<T>,
): Promise<T> {
  if (!locks) return work(false);
  const controller = new AbortController();
  const timer = timers.setTimeout(() => controller.abort(), timeoutMs);
  let started = false;
  try {
    return await locks.request(name, { signal: controller.signal }, () => {
      started = true;
      timers.clearTimeout(timer);
      return work(true);
    });
  } catch (error) {
    // Only a failure to get the lock falls back to running unlocked; the work's own
    // errors propagate (running it twice would be the very double refresh we avoid).
    if (started) throw error;
    return await work(false);
  } finally {
    timers.clearTimeout(timer);
  }
}
