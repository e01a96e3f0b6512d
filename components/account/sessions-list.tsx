"use client";
import { useState } from "react";
import { logoutEverywhere } from "@/lib/client/auth";
import type { SessionDto } from "@/lib/shared/api-types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { LoadError } from "@/components/ui/load-error";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/components/ui/error-message";
import { useApiQuery } from "@/components/ui/use-api-query";
import { formatDateTime } from "@/components/order/format";
import { describeDevice } from "./describe-device";

/** Every live session (one per sign-in: a device or browser) and a way to end them all. */
export function SessionsList() {
  const query = useApiQuery<{ sessions: SessionDto[] }>("/auth/sessions");
  return (
    <section aria-labelledby="sessions-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Where you're signed in
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Each sign-in is a session with its own refresh token. Ending a session revokes that token, and the device
          is signed out within minutes, when its short-lived access token runs out.
        </p>
      </div>
      {query.status === "loading" && <SessionsSkeleton />}
      {query.status === "error" && <LoadError title="We couldn't load your sessions" error={query.error} onRetry={query.reload} />}
      {query.status === "ready" && (
        <>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
            {query.data.sessions.map((session) => (
              <li key={session.id} className="flex flex-col gap-1 p-4">
                <div className="flex flex-wrap items-center gap-2">
                  <p className="font-medium text-slate-900">{describeDevice(session.user_agent)}</p>
                  {session.current && (
                    <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700 ring-1 ring-brand-100">
                      This device
                    </span>
                  )}
                </div>
                <p className="text-sm text-slate-600">
                  Signed in {formatDateTime(session.created_at)} · Last active {formatDateTime(session.last_used_at)}
                </p>
                <p className="text-xs text-slate-600">Ends {formatDateTime(session.expires_at)} unless used again</p>
              </li>
            ))}
          </ul>
          <LogOutEverywhere count={query.data.sessions.length} />
        </>
      )}
    </section>
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
        Sign out of {count === 1 ? "this session" : `all ${count} sessions`}, including this one? You will need your password
        to sign in again.
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
