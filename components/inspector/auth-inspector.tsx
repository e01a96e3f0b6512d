"use client";
// The auth-flow inspector page: the two-token flow explained, and shown live on this
// tab's real requests (tokens, timeline, sequence diagram), with controls to make each
// step happen now. Every text comes from the English and Hindi dictionaries.
import "@fontsource-variable/noto-sans-devanagari";
import "./inspector.css";
import Link from "next/link";
import { useCallback, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { apiFetch, ApiRequestError, getApiClient } from "@/lib/client/client";
import { useAuthStore, type SignedOutReason } from "@/lib/client/auth-store";
import { useEventStore } from "@/lib/client/events";
import { loginHref } from "@/lib/client/next-path";
import type { EndedSessionDto, SessionDto } from "@/lib/shared/api-types";
import { formatDuration, type InspectorKey } from "@/lib/shared/i18n/inspector";
import type { InspectorConfig } from "@/lib/shared/inspector-config";
import { AccessTokenCard, Countdown } from "./access-token-card";
import { Controls } from "./controls";
import { LanguageSwitch } from "./language-switch";
import { INSPECTOR_PATH } from "./path";
import { useLang } from "./preferences";
import { SequenceDiagram } from "./sequence-diagram";
import { SessionsList, type SessionsState } from "./sessions-list";
import { useTabName } from "./tab-name";
import { T } from "./text";
import { TimelineView } from "./timeline-view";
import { TokenChainView, useTokenChain, watchRead } from "./token-chain-view";
import { TokenStorageView } from "./token-storage-view";
import { useNow } from "./use-now";

export function AuthInspector({ config }: { config: InspectorConfig }) {
  const now = useNow();
  const lang = useLang();
  const status = useAuthStore((state) => state.status);
  const userId = useAuthStore((state) => state.user?.id ?? null);
  const [sessions, setSessions] = useState<SessionsState>({ status: "idle" });
  const chain = useTokenChain();

  const reloadSessions = useCallback(async (): Promise<boolean> => {
    setSessions((previous) => ({
      status: "loading",
      sessions: previous.status === "ready" ? previous.sessions : null,
      ended: previous.status === "ready" ? previous.ended : null,
    }));
    try {
      const { sessions: list } = await apiFetch<{ sessions: SessionDto[] }>("/auth/sessions");
      // The ended ones are read as the chain is: watching, not part of the flow shown.
      const token = useAuthStore.getState().accessToken;
      const ended = token ? await watchRead<{ sessions: EndedSessionDto[] }>("/auth/sessions?state=ended", token).catch(() => null) : null;
      setSessions({ status: "ready", sessions: list, ended: ended?.sessions ?? null });
      return true;
    } catch (error) {
      setSessions({ status: "failed", error: error instanceof ApiRequestError ? error.code : String(error) });
      return false;
    }
  }, []);

  // Once per signed-in user, not on every refresh: each load is a request of its own,
  // and the diagram should keep showing the refresh that just happened.
  useEffect(() => {
    // reloadSessions marks the list as loading, then fetches it: a request to the API, which
    // is what an effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (status === "signed-in" && userId) void reloadSessions();
  }, [status, userId, reloadSessions]);

  const ttl = formatDuration(lang, config.accessTtlSeconds);

  return (
    <div lang={lang} className="flex flex-col gap-8">
      <header className="flex flex-col gap-4">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <T k="page.title" as="h1" className="text-3xl font-bold" />
          <LanguageSwitch />
        </div>
        <T k="page.intro" as="p" className="max-w-3xl text-slate-700" />
        <SessionStatus />
      </header>

      <section aria-labelledby="why-two-tokens" className="grid gap-4 md:grid-cols-2">
        <Explainer titleKey="why.title" id="why-two-tokens">
          <T k="why.access" vars={{ ttl }} as="p" />
          <T k="why.refresh" as="p" />
          <T k="why.both" as="p" />
        </Explainer>
        <Explainer titleKey="auto.title" id="why-not-automatic">
          <T k="auto.body" as="p" />
          <T k="auto.path" as="p" />
        </Explainer>
      </section>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
        <div className="flex flex-col gap-6">
          <section aria-labelledby="flow-title" className="flex flex-col gap-3">
            <h2 id="flow-title" className="text-xl font-semibold">
              <T k="diagram.title" />
            </h2>
            <T k="diagram.hint" as="p" className="text-sm text-slate-700" />
            <SequenceDiagram />
          </section>
          <section aria-labelledby="timeline-title" className="flex flex-col gap-3">
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h2 id="timeline-title" className="text-xl font-semibold">
                <T k="timeline.title" />
              </h2>
              <button
                type="button"
                onClick={() => useEventStore.getState().clear()}
                className="rounded-lg border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500"
              >
                <T k="timeline.clear" />
              </button>
            </div>
            <T k="timeline.intro" as="p" className="text-sm text-slate-700" />
            <TimelineView />
          </section>
        </div>
        <section aria-labelledby="controls-title" className="flex flex-col gap-4">
          <h2 id="controls-title" className="text-xl font-semibold">
            <T k="controls.title" />
          </h2>
          <div className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-5" data-testid="control-call">
            <T k="access.title" as="p" className="font-semibold" />
            {status === "signed-in" ? <Countdown now={now} /> : <T k="access.none" as="p" className="text-sm text-slate-700" />}
            <T k="call.description" as="p" className="text-sm text-slate-700" />
            <button
              type="button"
              disabled={status !== "signed-in" || sessions.status === "loading"}
              onClick={() => void reloadSessions()}
              className="self-start rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:cursor-not-allowed disabled:opacity-50"
            >
              <T k="call.button" />
            </button>
          </div>
          <Controls config={config} reloadSessions={reloadSessions} onReplayed={chain.cameBack} />
          <SecondTabHint />
        </section>
      </div>

      <section aria-labelledby="tokens-title" className="flex flex-col gap-4">
        <h2 id="tokens-title" className="text-xl font-semibold">
          <T k="tokens.title" />
        </h2>
        <TokenChainView chain={chain.state} now={now} graceSeconds={config.reuseGraceSeconds} />
        <div className="grid gap-6 lg:grid-cols-2">
          <div className="flex flex-col gap-6">
            <AccessTokenCard now={now} />
            <SessionsList state={sessions} onReload={() => void reloadSessions()} canLoad={status === "signed-in"} />
          </div>
          <TokenStorageView now={now} />
        </div>
      </section>

      <section aria-labelledby="learn-title" className="flex flex-col gap-4">
        <h2 id="learn-title" className="text-xl font-semibold">
          <T k="learn.title" />
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          {(["rotation", "reuse", "httpOnly", "grace"] as const).map((idea) => (
            <Explainer key={idea} titleKey={`learn.${idea}.title`} level={3}>
              <T k={`learn.${idea}.body`} vars={{ grace: config.reuseGraceSeconds }} as="p" />
            </Explainer>
          ))}
        </div>
      </section>
    </div>
  );
}

function Explainer({ titleKey, id, level = 2, children }: { titleKey: InspectorKey; id?: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 text-slate-800">
      <Heading id={id} className="text-lg font-semibold text-slate-900">
        <T k={titleKey} />
      </Heading>
      <div className="flex flex-col gap-2 text-sm leading-relaxed">{children}</div>
    </div>
  );
}

function SessionStatus() {
  const status = useAuthStore((state) => state.status);
  const name = useAuthStore((state) => state.user?.name ?? "");
  const mode = useAuthStore((state) => state.mode);
  const reason = useAuthStore((state) => state.signedOutReason);
  const tabName = useTabName();
  // Web Locks exist only in secure contexts; the server's render assumes them.
  const hasLocks = useSyncExternalStore(
    noSubscription,
    () => getApiClient().hasLocks,
    () => true,
  );
  return (
    <div
      role="status"
      data-testid="inspector-status"
      data-status={status}
      className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm"
    >
      {status === "loading" && <T k="status.loading" />}
      {status === "signed-in" && <T k="status.signedIn" vars={{ name }} className="font-medium" />}
      {status === "signed-out" && (
        <>
          <T k="status.signedOut" />
          {reason && (
            <span
              data-testid="signed-out-reason"
              className={`basis-full font-medium sm:basis-auto ${ENDED_BY_FAILURE.has(reason) ? "text-red-800" : "text-slate-800"}`}
            >
              <T k={`cause.${reason}`} />
            </span>
          )}
          <Link
            href={loginHref(INSPECTOR_PATH)}
            className="rounded-lg bg-brand-600 px-3 py-1.5 font-semibold text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
          >
            <T k="status.signIn" />
          </Link>
        </>
      )}
      <span className="ml-auto flex flex-wrap items-center gap-x-3 gap-y-1">
        {tabName && (
          <T
            k="tab.this"
            vars={{ tab: tabName }}
            className="rounded-full bg-slate-100 px-2 py-0.5 font-mono text-xs font-semibold text-slate-900"
          />
        )}
        <T k={mode === "cookie" ? "status.mode.cookie" : "status.mode.localStorage"} className="font-mono text-xs text-slate-700" />
      </span>
      {!hasLocks && (
        <p data-testid="no-web-locks" className="basis-full rounded-md bg-amber-50 px-2 py-1 text-xs text-amber-950">
          <T k="fact.noLocks" />
        </p>
      )}
    </div>
  );
}

const noSubscription = () => () => {};

/** Two tabs of one browser share one session: the way to watch one tab's refresh serve the other. */
function SecondTabHint() {
  return (
    <section
      data-testid="tab-hint"
      className="flex flex-col gap-2 rounded-xl border border-dashed border-slate-300 bg-white p-5 text-sm text-slate-700"
    >
      <T k="tab.hint.title" as="h3" className="text-base font-semibold text-slate-900" />
      <T k="tab.hint.body" as="p" />
      <a
        href={INSPECTOR_PATH}
        target="_blank"
        rel="noopener"
        className="self-start rounded-lg border border-slate-300 px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        <T k="tab.hint.open" />
      </a>
    </section>
  );
}

/** Endings the shopper did not ask for: said in red; a sign-out or a switch is said plainly. */
const ENDED_BY_FAILURE: ReadonlySet<SignedOutReason> = new Set(["session_expired", "origin_refused", "refresh_storm"]);
