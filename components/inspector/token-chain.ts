// The refresh-token family as the server keeps it (GET /auth/sessions/{id}/tokens), in the
// words reuse detection thinks in: every token is live (the next refresh spends it), spent
// (its successor exists), spent but still inside the grace window (a second use gets a
// pair, for two tabs that refreshed at once), expired, or revoked, and why.
import type { FamilyTokenDto } from "@/lib/shared/api-types";

export type TokenState =
  | { kind: "live" }
  | { kind: "grace"; endsAt: number }
  | { kind: "spent" }
  | { kind: "expired" }
  | { kind: "revoked"; reason: NonNullable<FamilyTokenDto["revoke_reason"]> };

/**
 * The token's state at `now`. The grace window is the server's rule: it counts from the
 * token's first use, on the server's clock; the browser's clock stands in for it here,
 * which holds on one machine and to within a second anywhere the clocks are synced.
 */
export function stateOf(token: FamilyTokenDto, familyRevoked: boolean, now: number, graceSeconds: number): TokenState {
  if (token.revoked_at) return { kind: "revoked", reason: token.revoke_reason ?? "revoked" };
  if (token.used_at) {
    const endsAt = Date.parse(token.used_at) + graceSeconds * 1000;
    return !familyRevoked && now < endsAt ? { kind: "grace", endsAt } : { kind: "spent" };
  }
  return Date.parse(token.expires_at) <= now ? { kind: "expired" } : { kind: "live" };
}

/** The token this browser holds: its fingerprint (localStorage), the cookie's (newest issued), or unknown. */
export type Held = { kind: "fingerprint"; fingerprint: string } | { kind: "cookie" } | { kind: "none" } | { kind: "no-digest" };

/** Whether `token` is the one this browser holds, as far as the page can tell. */
export function isHeld(token: FamilyTokenDto, tokens: readonly FamilyTokenDto[], held: Held): boolean {
  if (held.kind === "fingerprint") return token.fingerprint === held.fingerprint;
  // An HttpOnly cookie is out of every script's reach: the browser holds what the server
  // set last, the family's newest token, while it is neither spent nor revoked.
  if (held.kind === "cookie") return token === tokens.at(-1) && !token.used_at && !token.revoked_at;
  return false;
}

/**
 * The server's fingerprint of a refresh token: the first 8 hex digits of the SHA-256 it
 * stores. Null where the page gets no SubtleCrypto (not a secure context).
 */
export async function fingerprintOf(refreshToken: string): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(refreshToken));
  return Array.from(new Uint8Array(digest).slice(0, 4), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** How many tokens the chain draws; older ones are counted, not drawn. */
export const CHAIN_SHOWN = 6;
