"use client";
// The access token this tab holds, decoded: its header and claims with what each one
// means. Its countdown is the one beside the controls (auth-inspector.tsx).
import { useMemo } from "react";
import { useAuthStore } from "@/lib/client/auth-store";
import type { InspectorKey } from "@/lib/shared/i18n/inspector";
import { CLAIM_FIELDS, decodeJwt, HEADER_FIELDS, TIME_CLAIMS } from "./decode-jwt";
import { useLang } from "./preferences";
import { T } from "./text";
import { formatCountdown } from "./use-now";

/** Remaining life of this tab's access token, or null without one. */
export function useAccessCountdown(now: number | null): { remainingMs: number; lifetimeMs: number } | null {
  const accessToken = useAuthStore((state) => state.accessToken);
  const expiresAt = useAuthStore((state) => state.accessExpiresAt);
  const receivedAt = useAuthStore((state) => state.accessReceivedAt);
  const claims = useMemo(() => (accessToken ? decodeJwt(accessToken)?.claims : undefined), [accessToken]);
  if (now === null || !accessToken || expiresAt === null) return null;
  // The client counts from `expires_in` on its own clock. A token whose own `exp` has
  // already passed (the demo's "Expire now") is expired whatever this tab expected.
  const exp = typeof claims?.exp === "number" ? claims.exp * 1000 : Number.POSITIVE_INFINITY;
  const remainingMs = Math.max(0, Math.min(expiresAt, exp) - now);
  return { remainingMs, lifetimeMs: Math.max(1, expiresAt - (receivedAt ?? expiresAt)) };
}

export function Countdown({ now, size = "large" }: { now: number | null; size?: "large" | "small" }) {
  const countdown = useAccessCountdown(now);
  if (!countdown) return null;
  const expired = countdown.remainingMs === 0;
  const share = Math.min(1, countdown.remainingMs / countdown.lifetimeMs);
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-baseline gap-2">
        <T
          k={expired ? "panel.expired" : "access.expiresIn"}
          className={size === "large" ? "text-sm text-slate-700" : "text-xs text-slate-700"}
        />
        <span
          role="timer"
          data-testid="access-countdown"
          data-remaining-ms={countdown.remainingMs}
          className={`font-mono font-semibold tabular-nums ${size === "large" ? "text-3xl" : "text-lg"} ${
            expired ? "text-red-700" : share < 0.25 ? "text-amber-700" : "text-slate-900"
          }`}
        >
          {formatCountdown(countdown.remainingMs)}
        </span>
      </div>
      {/* An SVG bar: its width is an attribute, which the page's CSP allows (inline styles it does not). */}
      <svg viewBox="0 0 100 2" preserveAspectRatio="none" aria-hidden="true" className="h-2 w-full overflow-hidden rounded-full">
        <rect width={100} height={2} className="fill-slate-200" />
        <rect
          width={share * 100}
          height={2}
          className={`transition-[width] duration-300 ${expired ? "fill-red-600" : share < 0.25 ? "fill-amber-500" : "fill-brand-500"}`}
        />
      </svg>
    </div>
  );
}

export function AccessTokenCard({ now }: { now: number | null }) {
  const accessToken = useAuthStore((state) => state.accessToken);
  const proactive = useAuthStore((state) => state.proactiveRefresh);
  const decoded = useMemo(() => (accessToken ? decodeJwt(accessToken) : null), [accessToken]);
  const countdown = useAccessCountdown(now);
  const lang = useLang();

  if (!accessToken) {
    return (
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <T k="access.title" as="h3" className="text-lg font-semibold" />
        <T k="access.none" as="p" className="mt-2 text-sm text-slate-700" />
      </div>
    );
  }

  const time = (seconds: number) =>
    new Date(seconds * 1000).toLocaleTimeString(lang === "hi" ? "hi-IN" : "en-US", {
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });

  const rows = (fields: readonly string[], values: Record<string, unknown>) =>
    fields.map((field) => {
      const value = values[field];
      return (
        <tr key={field} className="border-t border-slate-100 align-top">
          <th scope="row" className="py-2 pr-3 text-left font-mono text-sm font-semibold text-slate-900">
            {field}
          </th>
          <td className="max-w-[14rem] py-2 pr-3 font-mono text-xs break-all text-slate-800">
            {String(value ?? "—")}
            {TIME_CLAIMS.has(field) && typeof value === "number" && <span className="block font-sans text-slate-600">{time(value)}</span>}
          </td>
          <td className="py-2 text-sm text-slate-700">
            <T k={`claim.${field}` as InspectorKey} />
          </td>
        </tr>
      );
    });

  return (
    <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5">
      {/* Its countdown is the one beside the controls: one clock per token. */}
      <T k="access.title" as="h3" className="text-lg font-semibold" />
      {countdown?.remainingMs === 0 ? (
        <T k="access.expired" as="p" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900" />
      ) : (
        proactive && <T k="access.proactive" as="p" className="text-sm text-slate-700" />
      )}
      {decoded && (
        <>
          <div>
            <T k="access.raw" as="p" className="text-sm text-slate-700" />
            <p className="mt-1 rounded-lg bg-slate-900 p-3 font-mono text-xs leading-relaxed break-all" data-testid="raw-access-token">
              <span className="text-rose-300">{decoded.parts[0]}</span>
              <span className="text-slate-400">.</span>
              <span className="text-violet-300">{decoded.parts[1]}</span>
              <span className="text-slate-400">.</span>
              <span className="text-sky-300">{decoded.parts[2]}</span>
            </p>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left">
              <caption className="pb-1 text-left text-sm font-semibold text-rose-800">
                <T k="access.header" />
              </caption>
              <thead>
                <tr className="text-xs tracking-wide text-slate-600 [&:lang(en)]:uppercase">
                  <th scope="col" className="pr-3 pb-1 font-medium">
                    <T k="table.claim" />
                  </th>
                  <th scope="col" className="pr-3 pb-1 font-medium">
                    <T k="table.value" />
                  </th>
                  <th scope="col" className="pb-1 font-medium">
                    <T k="table.meaning" />
                  </th>
                </tr>
              </thead>
              <tbody>{rows(HEADER_FIELDS, decoded.header)}</tbody>
            </table>
          </div>
          <div className="overflow-x-auto">
            <table className="w-full text-left" data-testid="access-claims">
              <caption className="pb-1 text-left text-sm font-semibold text-violet-800">
                <T k="access.claims" />
              </caption>
              <thead className="sr-only">
                <tr>
                  <th scope="col">
                    <T k="table.claim" />
                  </th>
                  <th scope="col">
                    <T k="table.value" />
                  </th>
                  <th scope="col">
                    <T k="table.meaning" />
                  </th>
                </tr>
              </thead>
              <tbody>{rows(CLAIM_FIELDS, decoded.claims)}</tbody>
            </table>
          </div>
          <T k="access.signature" as="p" className="border-l-4 border-sky-400 pl-3 text-sm text-slate-700" />
          <T k="access.readable" as="p" className="text-sm text-slate-700" />
        </>
      )}
    </div>
  );
}
