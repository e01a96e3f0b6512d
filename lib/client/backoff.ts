// Waiting between attempts when the server cannot be reached: exponential backoff with
// jitter (so a thousand tabs coming back after an outage do not refresh in lockstep),
// cut short the moment the browser says it is online again or the tab becomes visible.

export type Timers = {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

/** The page's signals: visibility and connectivity (document and window in the browser). */
export type PageSignals = {
  isVisible(): boolean;
  subscribe(event: "visible" | "online", listener: () => void): () => void;
};

export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;

/** 1 s, 2 s, 4 s ... up to 30 s, each scaled by a random factor in [0.8, 1.2). */
export function backoffDelay(attempt: number, random: () => number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Resolves after the delay, or earlier on `online`/`visible` or when the signal aborts. */
export function waitForRetry(
  delayMs: number,
  { timers, page, signal }: { timers: Timers; page: PageSignals | null; signal?: AbortSignal },
): Promise<void> {
  return new Promise((resolve) => {
    const stops: Array<() => void> = [];
    const done = () => {
      for (const stop of stops) stop();
      resolve();
    };
    const timer = timers.setTimeout(done, delayMs);
    stops.push(() => timers.clearTimeout(timer));
    if (page) stops.push(page.subscribe("online", done), page.subscribe("visible", done));
    if (signal) {
      if (signal.aborted) return done();
      signal.addEventListener("abort", done, { once: true });
      stops.push(() => signal.removeEventListener("abort", done));
    }
  });
}
