// Where the login page sends the shopper back to. `next` comes from the URL, so anyone can
// write it: only a path on this site is followed (an open redirect would let a phishing
// link bounce a freshly signed-in shopper to a look-alike site).

export function safeNextPath(next: string | null | undefined, fallback = "/"): string {
  if (!next || !next.startsWith("/")) return fallback;
  // "//host" and "/\host" are read by browsers as another origin; control characters can hide either.
  if (next.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(next)) return fallback;
  return next;
}

/** The login page URL that brings the shopper back to `path` after an expired session. */
export function loginUrlAfterExpiry(path: string): string {
  return `/login?next=${encodeURIComponent(safeNextPath(path))}&reason=session_expired`;
}
