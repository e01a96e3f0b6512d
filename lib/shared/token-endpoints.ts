// The endpoints that issue or end tokens (docs/api.md, "Authentication"). They take no
// access token, and a 401 from one of them is never a reason to refresh: refreshing
// because login or refresh failed is how clients end up in endless loops. Every other
// endpoint is one the access token is for.
export const TOKEN_ENDPOINTS = ["/auth/login", "/auth/register", "/auth/refresh", "/auth/logout"] as const;

export type TokenEndpoint = (typeof TOKEN_ENDPOINTS)[number];

const tokenEndpoints: ReadonlySet<string> = new Set(TOKEN_ENDPOINTS);

/** Whether `path` (relative to /api/v1, a query string allowed) is one of the token endpoints. */
export function isTokenEndpoint(path: string): boolean {
  return tokenEndpoints.has(path.split("?", 1)[0]!);
}
