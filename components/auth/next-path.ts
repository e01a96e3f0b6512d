// Links into and out of the sign-in pages. `next` is checked by lib/client's
// safeNextPath (a same-site path only, so the login form is never an open redirect).
import { safeNextPath } from "@/lib/client/next-path";

/** Where to go after signing in: `next` if it is safe, never back to a sign-in page (that would loop). */
export function nextAfterSignIn(next: string | null | undefined): string {
  const path = safeNextPath(next);
  const pathname = path.split(/[?#]/, 1)[0];
  return pathname === "/login" || pathname === "/register" ? "/" : path;
}

/** The login URL that brings the shopper back to `path` afterwards. */
export function loginHref(path: string): string {
  const next = nextAfterSignIn(path);
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}

/** Links between the sign-in and register pages keep the same destination. */
export function withNext(path: "/login" | "/register", next: string): string {
  return next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`;
}
