import "server-only";
// Login throttling, two limits counted the same way:
// - per email: five failed logins within 15 minutes lock that email (password guessing
//   against one account);
// - per client address: LOGIN_IP_MAX_FAILURES failed logins within 15 minutes, over any
//   emails, lock that address (credential stuffing: one password tried on many emails).
// A locked key stays locked until the oldest of its failures leaves the window. The count
// lives in the database, so every server instance sees the same one, and an attacker
// cannot reset it by reaching another instance.
import { isUniqueViolation, type Db } from "@/lib/server/db";

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_FAILURES = 5;

/** What one limit counts (a key in LoginAttempt) and how many failures it allows. */
export type LoginLimit = { key: string; maxFailures: number };

export const emailLimit = (email: string): LoginLimit => ({ key: `email:${email}`, maxFailures: LOGIN_MAX_FAILURES });

/** `address` is already the counted form (lib/server/addressing.ts: IPv6 by its /64). */
export const addressLimit = (address: string, maxFailures: number): LoginLimit => ({
  key: `address:${address}`,
  maxFailures,
});

/** A login's place in one limit: the slot it holds, or how long until one frees up. */
export type Claim = { slot: number } | { retryAfter: number };

/**
 * Counts a login *before* its password is checked: takes one of the key's numbered
 * slots, or answers the seconds until a slot frees up when every slot holds a failure
 * from the last 15 minutes. A login that then fails keeps its slot (that is the recorded
 * failure); one that succeeds gives it back (releaseLoginSlot), and for its email
 * clears them all (clearLoginSlots).
 *
 * Why before: the password check takes a while (argon2), and a count checked first and
 * written after it would let every request arriving meanwhile through, so ten
 * concurrent guesses, on one instance or spread over several, would all be tried. The
 * unique index on (key, slot) lets only one request take each slot.
 */
export async function claimLoginSlot(db: Db, { key, maxFailures }: LoginLimit, now: Date): Promise<Claim> {
  // Failures that left the window count for nothing any more.
  await db.loginAttempt.deleteMany({ where: { key, createdAt: { lte: windowStart(now) } } });
  // Each lost race means another request took a slot meanwhile, so after maxFailures of
  // them every slot is taken; only successes freeing slots in between keep this going.
  for (let race = 0; race <= 2 * maxFailures; race++) {
    const held = await db.loginAttempt.findMany({ where: { key }, select: { slot: true, createdAt: true } });
    const taken = new Set(held.map((attempt) => attempt.slot));
    const free = Array.from({ length: maxFailures }, (_, index) => index + 1).filter((slot) => !taken.has(slot));
    if (free.length === 0) return { retryAfter: secondsUntilFree(Math.min(...held.map((a) => a.createdAt.getTime())), now) };
    // A random free slot, so that concurrent logins rarely race for the same one.
    const slot = free[Math.floor(Math.random() * free.length)]!;
    try {
      await db.loginAttempt.create({ data: { key, slot, createdAt: now } });
      return { slot };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  // Still contended after all that: refuse this one rather than let it through uncounted.
  return { retryAfter: 1 };
}

/** A login that did not fail (it succeeded, or another limit refused it): its slot is free again. */
export async function releaseLoginSlot(db: Db, { key }: LoginLimit, slot: number): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key, slot } });
}

/** A successful login for an email: the failures before it no longer count. */
export async function clearLoginSlots(db: Db, { key }: LoginLimit): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { key } });
}

/** Seconds until the oldest failure (a time in ms) is 15 minutes old. */
function secondsUntilFree(oldest: number, now: Date): number {
  const freeAt = oldest + LOGIN_WINDOW_SECONDS * 1000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_WINDOW_SECONDS * 1000);
}
