"use client";
// The inspector's controls. Each one acts on the real session through the shop's own
// client, so what the timeline and the diagram show is what the shop really does.
import { useState, type ReactNode } from "react";
import { apiFetch, ApiRequestError } from "@/lib/client/client";
import { logoutEverywhere, refreshNow, setProactiveRefresh, setStorageMode, swapAccessToken } from "@/lib/client/auth";
import { useAuthStore, type StorageMode } from "@/lib/client/auth-store";
import { STORAGE_KEYS } from "@/lib/client/token-storage";
import type { ExpiredTokenResponse } from "@/lib/shared/api-types";
import { formatDuration } from "@/lib/shared/i18n/inspector";
import { EXPIRED_SECONDS_AGO, type InspectorConfig } from "@/lib/shared/inspector-config";
import { useLang } from "./preferences";
import { T } from "./text";
import { TimelineView } from "./timeline-view";

type Props = {
  config: InspectorConfig;
  reloadSessions: () => Promise<boolean>;
  /** The replay sent this spent refresh token back: the token chain marks it and is read again. */
  onReplayed?: (refreshToken: string) => Promise<void>;
};

const button =
  "rounded-lg px-4 py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500 disabled:cursor-not-allowed disabled:opacity-50";
const primary = `${button} bg-brand-600 text-white hover:bg-brand-700`;
const danger = `${button} bg-red-700 text-white hover:bg-red-800`;

export function Controls({ config, reloadSessions, onReplayed }: Props) {
  return (
    <div className="flex flex-col gap-4">
      <ExpireControl config={config} reloadSessions={reloadSessions} />
      <ProactiveControl />
      <ReplayControl config={config} reloadSessions={reloadSessions} onReplayed={onReplayed} />
      <ModeControl />
      <LogoutEverywhereControl config={config} />
    </div>
  );
}

function Card({ title, children, testId }: { title: ReactNode; children: ReactNode; testId: string }) {
  return (
    <section className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5" data-testid={testId}>
      <h3 className="text-base font-semibold">{title}</h3>
      {children}
    </section>
  );
}

/** A server's message is English, like the codes around it. */
function ServerError({ error }: { error: string }) {
  return (
    <p role="alert" lang="en" className="text-sm text-red-800">
      {error}
    </p>
  );
}

const messageOf = (error: unknown) => (error instanceof ApiRequestError ? `${error.status} ${error.code}: ${error.message}` : String(error));

function ExpireControl({ config, reloadSessions }: Props) {
  const signedIn = useAuthStore((state) => state.status === "signed-in");
  const [state, setState] = useState<{ step: "idle" | "working" | "done" } | { step: "failed"; error: string }>({ step: "idle" });

  async function expire() {
    setState({ step: "working" });
    try {
      const { access_token } = await apiFetch<ExpiredTokenResponse>("/demo/expire-access-token", { method: "POST" });
      swapAccessToken(access_token);
      // The next call carries the expired token: 401 token_expired → refresh → retry.
      setState((await reloadSessions()) ? { step: "done" } : { step: "failed", error: "GET /auth/sessions failed" });
    } catch (error) {
      setState({ step: "failed", error: messageOf(error) });
    }
  }

  return (
    <Card title={<T k="expire.title" />} testId="control-expire">
      <T k="expire.description" vars={{ ago: EXPIRED_SECONDS_AGO }} as="p" className="text-sm text-slate-700" />
      {!config.demoTools ? (
        <T k="expire.off" as="p" className="rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-800" />
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <button type="button" className={primary} disabled={!signedIn || state.step === "working"} onClick={expire}>
            <T k={state.step === "working" ? "expire.working" : "expire.button"} />
          </button>
          {!signedIn && <T k="expire.needsSignIn" className="text-sm text-slate-700" />}
        </div>
      )}
      {/* A result belongs to the session it was made in: signed out since, it is gone. */}
      <div role="status">
        {state.step === "done" && signedIn && (
          <>
            <T k="expire.done" as="p" className="text-sm text-emerald-900" />
            {/* The timeline and the diagram are far up the page on a small screen: the
                group that just happened is shown here too. */}
            <div className="mt-2 lg:hidden" data-testid="expire-result">
              <TimelineView limit={1} compact />
            </div>
          </>
        )}
      </div>
      {state.step === "failed" && <ServerError error={state.error} />}
    </Card>
  );
}

function ProactiveControl() {
  const enabled = useAuthStore((state) => state.proactiveRefresh);
  return (
    <Card title={<T k="proactive.title" />} testId="control-proactive">
      <label className="flex items-start gap-2 text-sm font-medium text-slate-900">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(event) => setProactiveRefresh(event.target.checked)}
          className="mt-0.5 size-4 accent-brand-600"
        />
        <T k="proactive.label" />
      </label>
      <T k="proactive.description" as="p" className="text-sm text-slate-700" />
    </Card>
  );
}

type ReplayRun =
  | { step: "rotate" }
  | { step: "wait"; secondsLeft: number }
  | { step: "send" }
  | { step: "result"; status: number; code: string | null }
  | { step: "signed-out"; status: number; code: string | null }
  | { step: "failed"; error: string };

const REPLAY_ORDER = ["rotate", "wait", "send", "result", "signed-out"] as const;

function ReplayControl({ config, reloadSessions, onReplayed }: Props) {
  const mode = useAuthStore((state) => state.mode);
  const signedIn = useAuthStore((state) => state.status === "signed-in");
  const [run, setRun] = useState<ReplayRun | null>(null);
  const running = run !== null && (run.step === "rotate" || run.step === "wait" || run.step === "send");

  async function replay() {
    try {
      await replaySteps();
    } catch (error) {
      setRun({ step: "failed", error: messageOf(error) });
    }
  }

  async function replaySteps() {
    // The thief's copy: the refresh token as any script can read it in localStorage mode.
    const spent = localStorage.getItem(STORAGE_KEYS.refreshToken);
    if (!spent) return;
    setRun({ step: "rotate" });
    const outcome = await refreshNow(); // spends `spent`: this tab now holds its successor
    if (outcome !== "refreshed") {
      setRun({ step: "failed", error: `refresh: ${outcome}` });
      return;
    }
    // Past the grace window the server no longer takes a second use for a lost response.
    const until = Date.now() + config.reuseGraceSeconds * 1000 + 300;
    for (let left = until - Date.now(); left > 0; left = until - Date.now()) {
      setRun({ step: "wait", secondsLeft: Math.ceil(left / 1000) });
      await new Promise((resolve) => setTimeout(resolve, Math.min(250, left)));
    }
    setRun({ step: "send" });
    let status = 200;
    let code: string | null = null;
    try {
      await apiFetch("/auth/refresh", { method: "POST", body: { refresh_token: spent }, auth: false });
    } catch (error) {
      if (!(error instanceof ApiRequestError)) throw error;
      status = error.status;
      code = error.code;
    }
    setRun({ step: "result", status, code });
    if (code !== "invalid_grant") return;
    // The family is revoked: its chain turns red where the spent token came back, and the
    // sessions list no longer has it, although this tab's access token still works until
    // its exp (access tokens are not looked up)...
    await onReplayed?.(spent);
    await reloadSessions();
    // ...and this tab's own next refresh is refused, which signs it out.
    await refreshNow();
    setRun({ step: "signed-out", status, code });
  }

  const reached = (step: (typeof REPLAY_ORDER)[number]) =>
    run !== null && run.step !== "failed" && REPLAY_ORDER.indexOf(run.step) >= REPLAY_ORDER.indexOf(step);

  return (
    <Card title={<T k="replay.title" />} testId="control-replay">
      <T k="replay.description" vars={{ grace: config.reuseGraceSeconds }} as="p" className="text-sm text-slate-700" />
      {mode !== "localStorage" ? (
        <div className="flex flex-col gap-2 rounded-lg bg-slate-100 px-3 py-2 text-sm text-slate-800">
          <T k="replay.cookieOnly" as="p" />
          <button
            type="button"
            className={`${button} self-start border border-slate-300 bg-white text-slate-900 hover:bg-slate-50`}
            onClick={() => setStorageMode("localStorage")}
          >
            <T k="replay.switchMode" />
          </button>
        </div>
      ) : (
        <div>
          <button type="button" className={danger} disabled={!signedIn || running} onClick={replay}>
            <T k="replay.button" />
          </button>
        </div>
      )}
      {run && (
        <ol className="flex flex-col gap-1.5 text-sm" role="status">
          {reached("rotate") && (
            <Step done={reached("wait")}>
              <T k={reached("wait") ? "replay.step.rotated" : "replay.step.rotate"} />
            </Step>
          )}
          {reached("wait") && (
            <Step done={reached("send")}>
              {run.step === "wait" ? (
                <T k="replay.step.wait" vars={{ seconds: run.secondsLeft }} />
              ) : (
                <T k="replay.step.waited" vars={{ grace: config.reuseGraceSeconds }} />
              )}
            </Step>
          )}
          {reached("send") && (
            <Step done={reached("result")}>
              <T k={reached("result") ? "replay.step.sent" : "replay.step.send"} />
            </Step>
          )}
          {(run.step === "result" || run.step === "signed-out") &&
            (run.code === "invalid_grant" ? (
              <li className="rounded-lg bg-red-50 px-3 py-2 text-red-900" data-testid="replay-result">
                <T k="replay.result" />
              </li>
            ) : (
              <li className="rounded-lg bg-amber-50 px-3 py-2 text-amber-900">
                <T k="replay.unexpected" vars={{ status: run.status }} />
              </li>
            ))}
          {run.step === "signed-out" && (
            <li className="rounded-lg bg-red-50 px-3 py-2 text-red-900" data-testid="replay-signed-out">
              <T k="replay.signOut" />
            </li>
          )}
        </ol>
      )}
      {run?.step === "failed" && <ServerError error={run.error} />}
      <T k="replay.why" as="p" className="border-l-4 border-red-300 pl-3 text-sm text-slate-700" />
    </Card>
  );
}

function Step({ done, children }: { done: boolean; children: ReactNode }) {
  return (
    <li className="flex items-start gap-2">
      <span aria-hidden="true" className={done ? "text-emerald-700" : "animate-pulse text-slate-500"}>
        {done ? "✓" : "…"}
      </span>
      {children}
    </li>
  );
}

function ModeControl() {
  const mode = useAuthStore((state) => state.mode);
  const options: { value: StorageMode; key: "mode.cookie" | "mode.localStorage" }[] = [
    { value: "cookie", key: "mode.cookie" },
    { value: "localStorage", key: "mode.localStorage" },
  ];
  return (
    <Card title={<T k="mode.title" />} testId="control-mode">
      <fieldset className="flex flex-col gap-1.5">
        <legend className="sr-only">
          <T k="mode.title" />
        </legend>
        {options.map((option) => (
          <label key={option.value} className="flex items-center gap-2 text-sm font-medium text-slate-900">
            <input
              type="radio"
              name="storage-mode"
              value={option.value}
              checked={mode === option.value}
              onChange={() => setStorageMode(option.value)}
              className="size-4 accent-brand-600"
            />
            <T k={option.key} />
          </label>
        ))}
      </fieldset>
      <T k="mode.tradeoff" as="p" className="text-sm text-slate-700" />
      <T k="mode.switchNote" as="p" className="text-sm font-medium text-slate-800" />
    </Card>
  );
}

function LogoutEverywhereControl({ config }: { config: InspectorConfig }) {
  const signedIn = useAuthStore((state) => state.status === "signed-in");
  const lang = useLang();
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  // It ends every device's session: asked first, as on the account page.
  const [confirming, setConfirming] = useState(false);

  async function logoutAll() {
    setWorking(true);
    setError(null);
    try {
      await logoutEverywhere();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setWorking(false);
    }
  }

  return (
    <Card title={<T k="logoutAll.title" />} testId="control-logout-all">
      <T k="logoutAll.description" vars={{ ttl: formatDuration(lang, config.accessTtlSeconds) }} as="p" className="text-sm text-slate-700" />
      {!confirming || !signedIn ? (
        <div>
          <button type="button" className={danger} disabled={!signedIn} onClick={() => setConfirming(true)}>
            <T k="logoutAll.button" />
          </button>
        </div>
      ) : (
        <div className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-3">
          <T k="logoutAll.confirm" as="p" className="text-sm text-red-900" />
          <div className="flex flex-wrap gap-2">
            <button type="button" className={danger} disabled={working} onClick={logoutAll}>
              <T k="logoutAll.yes" />
            </button>
            <button
              type="button"
              className={`${button} border border-slate-300 bg-white text-slate-900 hover:bg-slate-50`}
              disabled={working}
              onClick={() => setConfirming(false)}
            >
              <T k="logoutAll.cancel" />
            </button>
          </div>
        </div>
      )}
      {error && <ServerError error={error} />}
    </Card>
  );
}
