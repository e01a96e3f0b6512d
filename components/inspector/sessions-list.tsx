"use client";
// The refresh-token families of the signed-in user (GET /auth/sessions): the devices
// that can still get a new access token without a password.
import type { EndedSessionDto, SessionDto } from "@/lib/shared/api-types";
import { useLang } from "./preferences";
import { T } from "./text";
import { describeDevice } from "@/components/account/describe-device";

export type SessionsState =
  | { status: "idle" }
  | { status: "loading"; sessions: SessionDto[] | null; ended: EndedSessionDto[] | null }
  | { status: "ready"; sessions: SessionDto[]; ended: EndedSessionDto[] | null }
  | { status: "failed"; error: string };

export function SessionsList({ state, onReload, canLoad }: { state: SessionsState; onReload: () => void; canLoad: boolean }) {
  const lang = useLang();
  const when = (iso: string) =>
    new Date(iso).toLocaleString(lang === "hi" ? "hi-IN" : "en-US", {
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
  const sessions = state.status === "ready" || state.status === "loading" ? state.sessions : null;
  const ended = state.status === "ready" || state.status === "loading" ? state.ended : null;

  return (
    <div className="rounded-xl border border-slate-200 bg-white p-5" aria-busy={state.status === "loading"}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <T k="family.title" as="h3" className="text-lg font-semibold" />
        <button
          type="button"
          onClick={onReload}
          disabled={!canLoad || state.status === "loading"}
          className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:opacity-50"
        >
          <T k="family.reload" />
        </button>
      </div>
      <T k="family.intro" as="p" className="mt-2 text-sm text-slate-700" />
      {state.status === "failed" && <T k="family.failed" vars={{ error: state.error }} as="p" className="mt-3 text-sm text-red-800" />}
      {sessions && sessions.length === 0 && <T k="family.none" as="p" className="mt-3 text-sm font-medium text-red-800" />}
      {sessions && sessions.length > 0 && (
        <ul className="mt-3 flex flex-col gap-2" data-testid="sessions">
          {sessions.map((session) => (
            <li
              key={session.id}
              data-session-id={session.id}
              data-current={session.current ? "true" : undefined}
              className={`rounded-lg border p-3 text-sm ${session.current ? "border-brand-500 bg-brand-50" : "border-slate-200"}`}
            >
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-mono text-xs text-slate-800">sid {session.id}</span>
                {session.current && (
                  <span className="rounded-full bg-brand-600 px-2 py-0.5 text-xs font-semibold text-white">
                    <T k="family.current" />
                  </span>
                )}
              </p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-slate-700">
                <dt>
                  <T k="family.started" />
                </dt>
                <dd>{when(session.created_at)}</dd>
                <dt>
                  <T k="family.lastUsed" />
                </dt>
                <dd>{when(session.last_used_at)}</dd>
                <dt>
                  <T k="family.expires" />
                </dt>
                <dd>{when(session.expires_at)}</dd>
                <dt>
                  <T k="family.device" />
                </dt>
                <dd className="truncate" title={session.user_agent ?? undefined}>
                  {session.user_agent ? describeDevice(session.user_agent) : <T k="family.unknownDevice" />}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      {ended && (
        <div className="mt-4 border-t border-slate-200 pt-3">
          <T k="ended.title" as="h4" className="text-sm font-semibold text-slate-900" />
          {ended.length === 0 ? (
            <T k="ended.none" as="p" className="mt-1 text-sm text-slate-700" />
          ) : (
            <ul className="mt-2 flex flex-col gap-2" data-testid="inspector-ended-sessions">
              {ended.map((session) => (
                <li
                  key={session.id}
                  data-end-reason={session.end_reason}
                  className={`rounded-lg border p-3 text-sm ${session.end_reason === "reuse_detected" ? "border-red-300 bg-red-50" : "border-slate-200"}`}
                >
                  <p className="flex flex-wrap items-baseline gap-x-2">
                    <span className="font-mono text-xs text-slate-800">sid {session.id}</span>
                    <span className="text-xs text-slate-600">
                      {session.user_agent ? describeDevice(session.user_agent) : <T k="family.unknownDevice" />}
                    </span>
                  </p>
                  <T k={`ended.reason.${session.end_reason}`} as="p" className="mt-1 font-medium text-slate-900" />
                  <p className="text-xs text-slate-600">
                    <T k="ended.at" />: {when(session.ended_at)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
