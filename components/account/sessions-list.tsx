"use client";
import { useState } from "react";
import { endOtherSession, logout, logoutEverywhere } from "@/lib/client/auth";
import type { SessionDto } from "@/lib/shared/api-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-error";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/components/ui/error-message";
import { useApiQuery } from "@/components/ui/use-api-query";
import { formatDateTime } from "@/components/order/format";
import { describeDevice } from "./describe-device";

/** Every live session (one per sign-in: a device or browser), a way to end each, and one to end them all. */
export function SessionsList() {
  const query = useApiQuery<{ sessions: SessionDto[] }>("/auth/sessions");
  // Sessions ended from this page leave the list at once, without reloading it.
  const [ended, setEnded] = useState<ReadonlySet<string>>(new Set());
  const sessions = query.status === "ready" ? query.data.sessions.filter((session) => !ended.has(session.id)) : [];
  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you&apos;re signed in
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Each sign-in is a session with its own refresh token. “Sign out this device” ends one of them: its refresh token is revoked at once,
          and that device is signed out within minutes, when its short-lived access token runs out.
        </p>
      </div>
      {query.status === "loading" && <SessionsSkeleton />}
      {query.status === "error" && <LoadError title="We couldn't load your sessions" error={query.error} onRetry={query.reload} />}
      {query.status === "ready" && (
        <>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {sessions.map((session) => (
              <SessionRow key={session.id} session={session} onEnded={() => setEnded((set) => new Set(set).add(session.id))} />
            ))}
          </ul>
          <LogOutEverywhere count={sessions.length} />
        </>
      )}
    </section>
  );
}

function SessionRow({ session, onEnded }: { session: SessionDto; onEnded: () => void }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const device = describeDevice(session.user_agent);

  async function end() {
    setPending(true);
    setError(null);
    try {
      // This device: the ordinary sign-out, which also forgets the tokens here.
      await (session.current ? logout() : endOtherSession(session.id));
      if (!session.current) onEnded();
    } catch (failure) {
      setError(errorMessage(failure));
      setPending(false);
    }
  }

  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <p className="font-medium text-slate-900">{device}</p>
          {session.current && (
            <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700 ring-1 ring-brand-100">This device</span>
          )}
        </div>
        <p className="text-sm text-slate-600">
          Signed in {formatDateTime(session.created_at)} · Last active {formatDateTime(session.last_used_at)}
        </p>
        <p className="text-xs text-slate-600">Ends {formatDateTime(session.expires_at)} unless used again</p>
        {error && <Alert tone="error">{error}</Alert>}
      </div>
      <div className="shrink-0">
        <Button
          variant="secondary"
          size="sm"
          onClick={end}
          pending={pending}
          aria-label={session.current ? "Sign out" : `Sign out this device: ${device}, signed in ${formatDateTime(session.created_at)}`}
        >
          {session.current ? "Sign out" : "Sign out this device"}
        </Button>
      </div>
    </li>
  );
}

function LogOutEverywhere({ count }: { count: number }) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      await logoutEverywhere();
    } catch (failure) {
      setError(errorMessage(failure));
      setPending(false);
    }
  }

  if (!confirming) {
    return (
      <div>
        <Button variant="secondary" onClick={() => setConfirming(true)}>
          Log out everywhere
        </Button>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-4">
      <p className="text-sm text-red-900">
        Sign out of {count === 1 ? "this session" : `all ${count} sessions`}, including this one? You will need your password to sign in again.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" onClick={confirm} pending={pending}>
          {pending ? "Logging out…" : "Yes, log out everywhere"}
        </Button>
        <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
          Cancel
        </Button>
      </div>
    </div>
  );
}

function SessionsSkeleton() {
  return (
    <LoadingRegion label="Loading your sessions…" className="flex flex-col gap-3">
      <Skeleton className="h-16" />
      <Skeleton className="h-16" />
    </LoadingRegion>
  );
}
