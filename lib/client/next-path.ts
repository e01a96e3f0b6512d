// Links into and out of the sign-in pages, and where the login page sends the shopper back
// to. `next` comes from the URL, so anyone can write it: only a path on this site is
// followed (an open redirect would let a phishing link bounce a freshly signed-in shopper
// to a look-alike site), and never a sign-in page (that would loop).

export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/")) return fallback;
  // "//host" and "/\host" are read by browsers as another origin; control characters can hide either.
  if (next.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}

/** Where to go after signing in: `next` if it is safe, never back to a sign-in page. */
export function nextAfterSignIn(next: string | null | undefined): string {
  const path = safeNextPath(next);
  const pathname = path.split(/[?#]/, 1)[0];
  return pathname === "/login" || pathname === "/register" ? "/" : path;
}

/** A sign-in page's URL that keeps `next` as the destination afterwards. */
export function withNext(page: "/login" | "/register", next: string): string {
  return next === "/" ? page : `${page}?next=${encodeURIComponent(next)}`;
}

/** The login URL that brings the shopper back to `path` afterwards. */
export function loginHref(path: string): string {
  return withNext("/login", nextAfterSignIn(path));
}

/** The same, after a session that ended on its own: the login page then says why. */
export function loginUrlAfterExpiry(path: string): string {
  const href = loginHref(path);
  return `${href}${href.includes("?") ? "&" : "?"}reason=session_expired`;
}
