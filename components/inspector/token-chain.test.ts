import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { FamilyTokenDto } from "@/lib/shared/api-types";
import { fingerprintOf, isHeld, stateOf } from "./token-chain";

const T0 = Date.parse("2026-12-04T10:00:00Z");
const iso = (ms: number) => new Date(ms).toISOString();
const token = (over: Partial<FamilyTokenDto> = {}): FamilyTokenDto => ({
  id: "t1",
  parent_id: null,
  fingerprint: "0a1b2c3d",
  issued_at: iso(T0),
  used_at: null,
  expires_at: iso(T0 + 3_600_000),
  revoked_at: null,
  revoke_reason: null,
  ...over,
});

describe("stateOf", () => {
  it("live, expired, spent, and spent within the grace window until it closes", () => {
    expect(stateOf(token(), false, T0 + 1000, 10)).toEqual({ kind: "live" });
    expect(stateOf(token({ expires_at: iso(T0 + 500) }), false, T0 + 1000, 10)).toEqual({ kind: "expired" });
    const spent = token({ used_at: iso(T0 + 1000) });
    expect(stateOf(spent, false, T0 + 5000, 10)).toEqual({ kind: "grace", endsAt: T0 + 11_000 });
    expect(stateOf(spent, false, T0 + 11_000, 10)).toEqual({ kind: "spent" });
    expect(stateOf(spent, false, T0 + 1500, 0)).toEqual({ kind: "spent" }); // grace 0: no window at all
  });

  it("a revoked family has no grace, and a revoked token says why", () => {
    expect(stateOf(token({ used_at: iso(T0) }), true, T0 + 100, 10)).toEqual({ kind: "spent" });
    const revoked = token({ revoked_at: iso(T0), revoke_reason: "reuse_detected" });
    expect(stateOf(revoked, true, T0 + 100, 10)).toEqual({ kind: "revoked", reason: "reuse_detected" });
  });
});

describe("isHeld", () => {
  const chain = [token({ id: "a", fingerprint: "aaaaaaaa", used_at: iso(T0) }), token({ id: "b", fingerprint: "bbbbbbbb" })];
  it("matches the fingerprint in localStorage mode, and the newest unspent token in cookie mode", () => {
    expect(chain.map((t) => isHeld(t, chain, { kind: "fingerprint", fingerprint: "aaaaaaaa" }))).toEqual([true, false]);
    expect(chain.map((t) => isHeld(t, chain, { kind: "cookie" }))).toEqual([false, true]);
    const revoked = chain.map((t) => ({ ...t, revoked_at: iso(T0), revoke_reason: "logout" as const }));
    expect(revoked.map((t) => isHeld(t, revoked, { kind: "cookie" }))).toEqual([false, false]);
    expect(chain.map((t) => isHeld(t, chain, { kind: "no-digest" }))).toEqual([false, false]);
  });
});

describe("fingerprintOf", () => {
  it("is the first 8 hex digits of the SHA-256 the server stores, and never the token", async () => {
    const refreshToken = "Zm9vYmFyLXJlZnJlc2gtdG9rZW4tZm9yLXRoZS10ZXN0LW9ubHk";
    const stored = createHash("sha256").update(refreshToken).digest("hex");
    const fingerprint = await fingerprintOf(refreshToken);
    expect(fingerprint).toBe(stored.slice(0, 8));
    expect(refreshToken).not.toContain(fingerprint);
  });
});
