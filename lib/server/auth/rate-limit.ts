import "server-only";
// Login throttling per email: five failed logins within 15 minutes lock that email
// until the oldest of the five leaves the window. The count lives in the database, so
// every server instance sees the same one, and an attacker cannot reset it by
// reaching another instance.
import { isUniqueViolation, type Db } from "@/lib/server/db";

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_FAILURES = 5;

const SLOTS = Array.from({ length: LOGIN_MAX_FAILURES }, (_, index) => index + 1);

/**
 * Counts a login for `email` *before* its password is checked: takes one of the email's
 * five slots and returns null, or returns the seconds until a slot frees up when all
 * five hold failures from the last 15 minutes. A login that then fails keeps its slot
 * (that is the recorded failure); one that succeeds clears them all.
 *
 * Why before: the password check takes a while (argon2), and a count checked first and
 * written after it would let every request arriving meanwhile through, so ten
 * concurrent guesses, on one instance or spread over several, would all be tried. The
 * unique index on (email, slot) lets only one request take each slot.
 */
export async function claimLoginAttempt(db: Db, email: string, now: Date): Promise<number | null> {
  // Failures that left the window count for nothing any more.
  await db.loginAttempt.deleteMany({ where: { email, createdAt: { lte: windowStart(now) } } });
  // Each lost race means another request took a slot meanwhile, so after five of them
  // every slot is taken; only a success clearing the slots in between keeps this going.
  for (let race = 0; race <= 2 * LOGIN_MAX_FAILURES; race++) {
    const held = await db.loginAttempt.findMany({ where: { email }, select: { slot: true, createdAt: true } });
    const free = SLOTS.find((slot) => !held.some((attempt) => attempt.slot === slot));
    if (free === undefined) return secondsUntilFree(Math.min(...held.map((attempt) => attempt.createdAt.getTime())), now);
    try {
      await db.loginAttempt.create({ data: { email, slot: free, createdAt: now } });
      return null;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  // Still contended after all that: refuse this one rather than let it through uncounted.
  return 1;
}

/** A successful login: the failures before it no longer count. */
export async function clearFailedLogins(db: Db, email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { email } });
}

/** Seconds until the oldest of the five failures (a time in ms) is 15 minutes old. */
function secondsUntilFree(oldest: number, now: Date): number {
  const freeAt = oldest + LOGIN_WINDOW_SECONDS * 1000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_WINDOW_SECONDS * 1000);
}
