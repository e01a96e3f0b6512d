"use client";
// The server's side of the flow, live: this session's refresh-token family drawn as a
// chain that grows by one token per rotation, each token in the state reuse detection
// sees, the one this browser holds marked, and the grace window of a just-spent token
// closing. A replayed token turns the chain red where it came back.
import { useCallback, useEffect, useRef, useState } from "react";
import { apiFetch, ApiRequestError } from "@/lib/client/client";
import { useAuthStore } from "@/lib/client/auth-store";
import { STORAGE_KEYS } from "@/lib/client/token-storage";
import type { FamilyTokenDto, SessionTokensDto } from "@/lib/shared/api-types";
import type { InspectorKey } from "@/lib/shared/i18n/inspector";
import { decodeJwt } from "./decode-jwt";
import { useLang } from "./preferences";
import { T } from "./text";
import { CHAIN_SHOWN, fingerprintOf, isHeld, stateOf, type Held, type TokenState } from "./token-chain";

export type ChainState = {
  sessionId: string | null;
  tokens: FamilyTokenDto[] | null;
  held: Held;
  /** The fingerprint of a spent token the replay sent back, once it has. */
  cameBack: string | null;
  loading: boolean;
  error: string | null;
};

export type TokenChain = {
  state: ChainState;
  /** Reads the chain again (with the last access token this tab held). */
  reload(): Promise<void>;
  /** Marks the spent token the replay sent back, then reads the chain. */
  cameBack(refreshToken: string): Promise<void>;
};

/**
 * A read that only watches: it uses the last access token this tab held (after a replay
 * the tab is signed out, and that token still works until its exp, as after any logout),
 * it never refreshes, and it stays out of the timeline (`record: false`), so watching the
 * flow does not change what the diagram and the timeline show.
 */
export function watchRead<T>(path: string, accessToken: string): Promise<T> {
  return apiFetch<T>(path, { auth: false, headers: { Authorization: `Bearer ${accessToken}` }, record: false });
}

export function useTokenChain(): TokenChain {
  const accessToken = useAuthStore((state) => state.accessToken);
  const [state, setState] = useState<ChainState>({
    sessionId: null,
    tokens: null,
    held: { kind: "none" },
    cameBack: null,
    loading: false,
    error: null,
  });
  const last = useRef<{ token: string; sessionId: string } | null>(null);
  const reads = useRef(0);

  const reload = useCallback(async () => {
    const watched = last.current;
    if (!watched) return;
    const read = (reads.current += 1);
    setState((previous) => ({ ...previous, loading: true }));
    try {
      const body = await watchRead<SessionTokensDto>(`/auth/sessions/${encodeURIComponent(watched.sessionId)}/tokens`, watched.token);
      const held = await heldToken();
      if (read === reads.current) setState((previous) => ({ ...previous, tokens: body.tokens, held, loading: false, error: null }));
    } catch (error) {
      const message = error instanceof ApiRequestError ? `${error.status} ${error.code}` : String(error);
      if (read === reads.current) setState((previous) => ({ ...previous, loading: false, error: message }));
    }
  }, []);

  // Every new access token (a login, this tab's refresh, another tab's) is a moment the
  // family may have changed: read it again. A new session starts a new chain.
  useEffect(() => {
    const claims = accessToken ? decodeJwt(accessToken)?.claims : undefined;
    const sessionId = claims?.sid;
    if (!accessToken || typeof sessionId !== "string") return;
    // A token already past its exp ("Expire now" swaps one in) would only read a 401; the
    // refresh it leads to brings a fresh token, and that one reads the chain.
    if (typeof claims?.exp === "number" && claims.exp * 1000 <= Date.now()) return;
    const sameSession = last.current?.sessionId === sessionId;
    last.current = { token: accessToken, sessionId };
    // The chain of another session is not this one's: start empty, then read.
    if (!sameSession) setState({ sessionId, tokens: null, held: { kind: "none" }, cameBack: null, loading: true, error: null });
    void reload();
  }, [accessToken, reload]);

  const cameBack = useCallback(
    async (refreshToken: string) => {
      const fingerprint = await fingerprintOf(refreshToken);
      setState((previous) => ({ ...previous, cameBack: fingerprint }));
      await reload();
    },
    [reload],
  );

  return { state, reload, cameBack };
}

/** Which token this browser holds, read the moment the chain is. */
async function heldToken(): Promise<Held> {
  const { status, mode } = useAuthStore.getState();
  if (status !== "signed-in") return { kind: "none" };
  if (mode === "cookie") return { kind: "cookie" };
  const stored = localStorage.getItem(STORAGE_KEYS.refreshToken);
  if (!stored) return { kind: "none" };
  const fingerprint = await fingerprintOf(stored);
  return fingerprint ? { kind: "fingerprint", fingerprint } : { kind: "no-digest" };
}

const TONE: Record<TokenState["kind"], string> = {
  live: "border-emerald-500 bg-emerald-50 text-emerald-950",
  grace: "border-amber-500 bg-amber-50 text-amber-950",
  spent: "border-slate-300 bg-slate-50 text-slate-800",
  expired: "border-slate-300 bg-slate-50 text-slate-800",
  revoked: "border-red-400 bg-red-50 text-red-950",
};

export function TokenChainView({ chain, now, graceSeconds }: { chain: ChainState; now: number | null; graceSeconds: number }) {
  const lang = useLang();
  const at = (iso: string) =>
    new Date(iso).toLocaleTimeString(lang === "hi" ? "hi-IN" : "en-US", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  const tokens = chain.tokens ?? [];
  const familyRevoked = tokens.some((token) => token.revoked_at);
  const reuse = tokens.some((token) => token.revoke_reason === "reuse_detected");
  const clock = now ?? 0;
  const states = tokens.map((token) => stateOf(token, familyRevoked, clock, graceSeconds));
  const shown = tokens.slice(-CHAIN_SHOWN);
  const hidden = tokens.length - shown.length;

  return (
    <section
      aria-labelledby="chain-title"
      className={`flex flex-col gap-3 rounded-xl border bg-white p-5 ${reuse ? "border-red-400" : "border-slate-200"}`}
      aria-busy={chain.loading && chain.tokens === null}
    >
      <h3 id="chain-title" className="text-lg font-semibold">
        <T k="chain.title" />
      </h3>
      <T k="chain.intro" as="p" className="text-sm text-slate-700" />
      {chain.sessionId === null && <T k="chain.none" as="p" className="text-sm text-slate-700" />}
      {chain.error && <T k="chain.failed" vars={{ error: chain.error }} as="p" className="text-sm text-red-800" />}
      {tokens.length > 0 && (
        <>
          <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-700">
            <span className="font-mono text-xs">sid {chain.sessionId}</span>
            <T k="chain.count" vars={{ n: tokens.length }} />
          </p>
          <ol className="flex flex-col gap-1 sm:flex-row sm:flex-wrap sm:items-stretch sm:gap-2" data-testid="token-chain">
            {hidden > 0 && (
              <li className="self-start rounded-full bg-slate-100 px-2 py-1 text-xs text-slate-700 sm:self-center">
                <T k="chain.earlier" vars={{ n: hidden }} />
              </li>
            )}
            {shown.map((token, index) => {
              const state = states[hidden + index]!;
              const held = isHeld(token, tokens, chain.held);
              const cameBack = chain.cameBack === token.fingerprint;
              return (
                <li key={token.id} className="flex flex-col items-start gap-1 sm:flex-row sm:items-center sm:gap-2">
                  {(index > 0 || hidden > 0) && (
                    <span aria-hidden="true" className="pl-4 text-slate-500 sm:pl-0">
                      <span className="sm:hidden">↓</span>
                      <span className="hidden sm:inline">→</span>
                    </span>
                  )}
                  <div
                    data-testid="chain-token"
                    data-fingerprint={token.fingerprint}
                    data-state={state.kind}
                    data-held={held ? "true" : undefined}
                    data-came-back={cameBack ? "true" : undefined}
                    className={`flex min-w-40 flex-col gap-0.5 rounded-lg border-2 px-3 py-2 text-xs ${TONE[state.kind]} ${cameBack ? "ring-4 ring-red-300" : ""}`}
                  >
                    <span className="font-mono text-sm font-semibold">#{token.fingerprint}</span>
                    <T k={stateKey(state)} className="font-medium" />
                    <span className="text-[0.7rem] opacity-80">
                      <T k="chain.issued" vars={{ time: at(token.issued_at) }} />
                    </span>
                    {held && (
                      <T
                        k={chain.held.kind === "cookie" ? "chain.held.cookie" : "chain.held.localStorage"}
                        className="mt-0.5 self-start rounded-full bg-brand-600 px-2 py-0.5 font-semibold text-white"
                      />
                    )}
                    {cameBack && (
                      <T k="chain.cameBack" className="mt-0.5 self-start rounded-full bg-red-700 px-2 py-0.5 font-semibold text-white" />
                    )}
                  </div>
                </li>
              );
            })}
          </ol>
          {tokens.map((token, index) => {
            const state = states[index]!;
            if (state.kind !== "grace" || now === null) return null;
            const left = Math.max(0, state.endsAt - now);
            return (
              <div
                key={token.id}
                data-testid="grace-bar"
                data-fingerprint={token.fingerprint}
                className="flex flex-col gap-1.5 rounded-lg bg-amber-50 p-3 text-sm text-amber-950"
              >
                <T k="grace.title" vars={{ fingerprint: token.fingerprint, seconds: Math.ceil(left / 1000) }} as="p" className="font-medium" />
                <div
                  role="progressbar"
                  aria-valuemin={0}
                  aria-valuemax={graceSeconds}
                  aria-valuenow={Math.ceil(left / 1000)}
                  aria-labelledby="chain-title"
                  className="h-2 overflow-hidden rounded-full bg-amber-200"
                >
                  <div
                    className="h-full rounded-full bg-amber-600 transition-[width] duration-200"
                    style={{ width: `${(left / (graceSeconds * 1000)) * 100}%` }}
                  />
                </div>
                <T k="grace.body" as="p" className="text-xs" />
              </div>
            );
          })}
          {chain.held.kind === "no-digest" && <T k="chain.noDigest" as="p" className="text-xs text-slate-600" />}
          {reuse && (
            <div data-testid="chain-reuse" className="rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
              <T k="chain.reuse" as="p" />
            </div>
          )}
        </>
      )}
    </section>
  );
}

function stateKey(state: TokenState): InspectorKey {
  return state.kind === "revoked" ? `chain.revoked.${state.reason}` : `chain.state.${state.kind}`;
}
