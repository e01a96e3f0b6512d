import { describe, expect, it, vi } from "vitest";
import { backoffDelay } from "./backoff";
import { createFakeLocks } from "./testing/fake-browser";
import { withLock } from "./web-lock";

const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as number) };

describe("withLock", () => {
  it("runs one holder at a time", async () => {
    const locks = createFakeLocks();
    const order: string[] = [];
    const task = (name: string) =>
      withLock(locks, "l", { timeoutMs: 1000, timers }, async (locked) => {
        order.push(`${name} start ${locked}`);
        await Promise.resolve();
        order.push(`${name} end`);
      });
    await Promise.all([task("a"), task("b")]);
    expect(order).toEqual(["a start true", "a end", "b start true", "b end"]);
  });

  it("propagates the work's own error without running it again", async () => {
    const work = vi.fn(async () => {
      throw new Error("boom");
    });
    await expect(withLock(createFakeLocks(), "l", { timeoutMs: 1000, timers }, work)).rejects.toThrow("boom");
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("runs unlocked when the browser has no Web Locks", async () => {
    await expect(withLock(null, "l", { timeoutMs: 1000, timers }, async (locked) => locked)).resolves.toBe(false);
  });
});

describe("backoffDelay", () => {
  it("doubles from 1 s up to 30 s, with up to 20% jitter either way", () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffDelay(n, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(backoffDelay(1, () => 0)).toBe(800);
    expect(backoffDelay(1, () => 0.999)).toBeLessThanOrEqual(1200);
  });
});
