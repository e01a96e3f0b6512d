"use client";
// The account's security activity: the sessions that ended in the last 30 days
// (GET /auth/sessions?state=ended) and why, in plain words. A session the server ended
// because a spent refresh token came back is the one a shopper should notice.
import type { EndedSessionDto, SessionEndReason } from "@/lib/shared/api-types";
import { inspectorEn } from "@/lib/shared/i18n/inspector-en";
import { LoadError } from "@/components/ui/load-error";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { useApiQuery } from "@/components/ui/use-api-query";
import { formatDateTime } from "@/components/order/format";
import { describeDevice } from "./describe-device";

/** A reason in plain words: the inspector's English wording, so the two pages say the same thing. */
export const endReasonText = (reason: SessionEndReason): string => inspectorEn[`ended.reason.${reason}`];

export function SecurityActivity() {
  const query = useApiQuery<{ sessions: EndedSessionDto[] }>("/auth/sessions?state=ended");
  return (
    <section
      id="security"
      aria-labelledby="security-heading"
      className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
    >
      <div>
        <h2 id="security-heading" className="text-lg font-semibold">
          Security activity
        </h2>
        <p className="mt-1 text-sm text-slate-600">Sessions of yours that ended in the last 30 days, and why.</p>
      </div>
      {query.status === "loading" && (
        <LoadingRegion label="Loading your security activity…">
          <Skeleton className="h-16" />
        </LoadingRegion>
      )}
      {query.status === "error" && <LoadError title="We couldn't load your security activity" error={query.error} onRetry={query.reload} />}
      {query.status === "ready" && query.data.sessions.length === 0 && <p className="text-sm text-slate-700">{inspectorEn["ended.none"]}</p>}
      {query.status === "ready" && query.data.sessions.length > 0 && (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200" data-testid="ended-sessions">
          {query.data.sessions.map((session) => (
            <li
              key={session.id}
              data-end-reason={session.end_reason}
              className={`flex flex-col gap-1 p-4 ${session.end_reason === "reuse_detected" ? "bg-red-50" : ""}`}
            >
              <p className="font-medium text-slate-900">{describeDevice(session.user_agent)}</p>
              <p className={`text-sm ${session.end_reason === "reuse_detected" ? "font-medium text-red-900" : "text-slate-700"}`}>
                {endReasonText(session.end_reason)}
              </p>
              <p className="text-xs text-slate-600">
                Signed in {formatDateTime(session.created_at)} · Ended {formatDateTime(session.ended_at)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
