import "server-only";
// Where a request came from and where it was sent: the site's own origin (what the
// cookie-mode Origin check and the cookie's Secure flag compare with) and the client's
// address (what the per-address login limit counts). Both come from headers a client
// can write, so each says which of them it believes and why.
import { isIPv4, isIPv6 } from "node:net";
import { getEnv } from "@/lib/server/env";

/**
 * The header in which the shop's server (scripts/server.mjs) passes on the address of
 * the connection's peer. It overwrites whatever a client sent under that name, so a
 * route can trust it; Next.js's own `X-Forwarded-For` cannot be trusted that way, since
 * Next keeps one a client sent.
 */
export const PEER_ADDRESS_HEADER = "x-shop-peer-address";

/**
 * The site's own origin, as docs/api.md defines it: `PUBLIC_ORIGIN` when set; otherwise the
 * scheme, host and port the client addressed. The host is read from the `Host` header as
 * sent, not from `request.nextUrl`, which Next.js rewrites (`127.0.0.1` and `[::1]`
 * become `localhost`): a browser at http://127.0.0.1:3000 sends `Origin:
 * http://127.0.0.1:3000`, and that must match. The `X-Forwarded-*` headers name the
 * address a proxy was reached at, but any client can send them, so they count only with
 * TRUST_PROXY=1. Null when the request names no usable host (it then matches no Origin).
 */
export function siteOrigin(request: Request): string | null {
  const { PUBLIC_ORIGIN, TRUST_PROXY } = getEnv();
  if (PUBLIC_ORIGIN) return PUBLIC_ORIGIN;
  const forwarded = (name: string) => (TRUST_PROXY ? firstValue(request.headers.get(name)) : null);
  const host = forwarded("x-forwarded-host") ?? request.headers.get("host");
  const scheme = forwarded("x-forwarded-proto") ?? new URL(request.url).protocol.slice(0, -1);
  if (!host || !HOST.test(host) || (scheme !== "http" && scheme !== "https")) return null;
  // The URL parser writes it the way a browser writes Origin: lower case, and no port
  // when it is the scheme's default.
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return null; // a port over 65535, or brackets around something that is no IPv6 address
  }
}

/** A host name, an IPv4 address or a bracketed IPv6 address, and an optional port: nothing else. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** True when the site is served over HTTPS (the refresh cookie then gets `Secure`). */
export function isHttpsSite(request: Request): boolean {
  return siteOrigin(request)?.startsWith("https:") ?? false;
}

/**
 * The client's address, as the login rate limit counts it: the connection's peer, or
 * with TRUST_PROXY=1 the nearest address in `X-Forwarded-For` (the one the proxy in
 * front of us appended; the ones before it are whatever the client wrote). IPv6
 * addresses count by their /64, since one host usually holds a whole /64; an
 * IPv4-mapped IPv6 address counts as its IPv4 address.
 */
export function clientAddress(request: Request): string {
  const headers = request.headers;
  const forwarded = lastValue(headers.get("x-forwarded-for"));
  // Without the shop's server in front (plain `next dev`), the peer header is missing
  // and Next's X-Forwarded-For, which it sets from the socket, is the best there is. A
  // request that reached a TRUST_PROXY server around its proxy counts as its peer.
  const peer = headers.get(PEER_ADDRESS_HEADER);
  const address = (getEnv().TRUST_PROXY ? forwarded : null) ?? peer ?? forwarded;
  return addressKey(address ?? "unknown");
}

/** The key an address is counted under: IPv4 as is, IPv6 by its first 64 bits. */
export function addressKey(address: string): string {
  const trimmed = address
    .trim()
    .replace(/^\[(.*)\]$/, "$1")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(trimmed)) return trimmed;
  if (!isIPv6(trimmed)) return trimmed.slice(0, 64);
  return `${expandIPv6(trimmed).slice(0, 4).join(":")}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in, each without leading zeros. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::") as [string, string | undefined];
  const groups = (part: string) => (part === "" ? [] : part.split(":"));
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...zeros, ...right].map((group) => (group.includes(".") ? group : String(parseInt(group, 16).toString(16))));
}

const firstValue = (header: string | null) => header?.split(",")[0]?.trim() || null;
const lastValue = (header: string | null) => header?.split(",").at(-1)?.trim() || null;
