// Where to go after signing in: the `?next=` of the login URL. Only a path on this site
// is followed; anything else (https://evil.example, //evil.example, /\evil.example)
// would turn the login form into an open redirect, so it falls back to the home page.

const BASE = "http://shop.invalid";

export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return fallback;
  const url = new URL(next, BASE);
  // The URL parser also resolves tricks like "/%2F/evil" or tabs and backslashes.
  if (url.origin !== BASE) return fallback;
  // Never bounce back to the sign-in pages themselves.
  if (url.pathname === "/login" || url.pathname === "/register") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The login URL that brings the shopper back to `path` afterwards. */
export function loginHref(path: string, reason?: "session_expired" | null): string {
  const params = new URLSearchParams();
  const next = safeNextPath(path, "");
  if (next && next !== "/") params.set("next", next);
  if (reason) params.set("reason", reason);
  const search = params.toString();
  return search ? `/login?${search}` : "/login";
}

/** Links between the sign-in and register pages keep the same destination. */
export function withNext(path: "/login" | "/register", next: string): string {
  return next === "/" ? path : `${path}?next=${encodeURIComponent(next)}`;
}
