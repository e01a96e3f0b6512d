// Reads a JWT's header and claims the way any script could: they are base64url-encoded
// JSON, not encrypted. Only the signature (which this code never checks) needs the key.

export type DecodedJwt = {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  /** The three dot-separated parts, for showing the token's shape. */
  parts: [string, string, string];
};

export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [header, claims, signature] = parts as [string, string, string];
  const decodedHeader = decodePart(header);
  const decodedClaims = decodePart(claims);
  if (!decodedHeader || !decodedClaims) return null;
  return { header: decodedHeader, claims: decodedClaims, parts: [header, claims, signature] };
}

function decodePart(part: string): Record<string, unknown> | null {
  try {
    const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
    const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), "="));
    const json: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0))));
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The claims of docs/api.md in the order the inspector explains them. */
export const HEADER_FIELDS = ["alg", "typ"] as const;
export const CLAIM_FIELDS = ["iss", "aud", "sub", "iat", "exp", "jti", "sid"] as const;
export const TIME_CLAIMS: ReadonlySet<string> = new Set(["iat", "exp"]);
