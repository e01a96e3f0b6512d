import "server-only";
// Login throttling per email: five failed logins within 15 minutes lock that email
// until the oldest of the five leaves the window. The count lives in the database, so
// every server instance sees the same one, and an attacker cannot reset it by
// reaching another instance.
import type { Db } from "@/lib/server/db";

export const LOGIN_WINDOW_SECONDS = 15 * 60;
export const LOGIN_MAX_FAILURES = 5;

/** Seconds until a login for `email` may be tried again, or null when it may now. */
export async function loginRetryAfter(db: Db, email: string, now: Date): Promise<number | null> {
  const recent = await db.loginAttempt.findMany({
    where: { email, createdAt: { gt: windowStart(now) } },
    orderBy: { createdAt: "desc" },
    take: LOGIN_MAX_FAILURES,
    select: { createdAt: true },
  });
  const oldestOfFive = recent[LOGIN_MAX_FAILURES - 1];
  if (!oldestOfFive) return null;
  const freeAt = oldestOfFive.createdAt.getTime() + LOGIN_WINDOW_SECONDS * 1000;
  return Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
}

export async function recordFailedLogin(db: Db, email: string, now: Date): Promise<void> {
  await db.$transaction([
    // Failures that left the window count for nothing any more.
    db.loginAttempt.deleteMany({ where: { email, createdAt: { lte: windowStart(now) } } }),
    db.loginAttempt.create({ data: { email, createdAt: now } }),
  ]);
}

export async function clearFailedLogins(db: Db, email: string): Promise<void> {
  await db.loginAttempt.deleteMany({ where: { email } });
}

function windowStart(now: Date): Date {
  return new Date(now.getTime() - LOGIN_WINDOW_SECONDS * 1000);
}
