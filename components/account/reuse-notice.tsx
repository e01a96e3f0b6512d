"use client";
// Shown once, at the first sign-in after the server ended one of the shopper's sessions
// because a spent refresh token came back (reuse detection). From the shopper's side that
// ending looked like any other "please sign in again"; this says what happened and what
// it means. Remembered per user in this browser, so it is not shown twice.
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { apiFetch } from "@/lib/client/client";
import { useAuthStore } from "@/lib/client/auth-store";
import type { EndedSessionDto } from "@/lib/shared/api-types";
import { formatDateTime } from "@/components/order/format";
import { describeDevice } from "./describe-device";

const seenKey = (userId: string) => `shop.reuse-seen.${userId}`;

export function ReuseNotice() {
  const status = useAuthStore((state) => state.status);
  const userId = useAuthStore((state) => state.user?.id ?? null);
  const previous = useRef(status);
  const [ended, setEnded] = useState<EndedSessionDto | null>(null);

  useEffect(() => {
    const signedInNow = previous.current === "signed-out" && status === "signed-in";
    previous.current = status;
    // A sign-in (not a page load restoring a session) is when a shopper who was sent to
    // the login page learns why.
    if (!signedInNow || !userId) return;
    const controller = new AbortController();
    apiFetch<{ sessions: EndedSessionDto[] }>("/auth/sessions?state=ended", { signal: controller.signal }).then(
      ({ sessions }) => {
        const seen = localStorage.getItem(seenKey(userId)) ?? "";
        const unseen = sessions.find((session) => session.end_reason === "reuse_detected" && session.ended_at > seen);
        if (!unseen) return;
        localStorage.setItem(seenKey(userId), unseen.ended_at); // ISO times compare as strings
        setEnded(unseen);
      },
      () => {}, // no notice is better than an error about a notice
    );
    return () => controller.abort();
  }, [status, userId]);

  if (!ended || status !== "signed-in") return null;
  return (
    <section role="alert" aria-labelledby="reuse-notice-title" data-testid="reuse-notice" className="mx-auto mt-4 w-full max-w-6xl px-4">
      <div className="flex flex-col gap-2 rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-950 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex flex-col gap-1">
          <h2 id="reuse-notice-title" className="text-base font-semibold">
            We ended one of your sessions to protect your account
          </h2>
          <p>
            On {formatDateTime(ended.ended_at)}, your session on {describeDevice(ended.user_agent)} was ended because a refresh token that had
            already been used was sent again. A token is used once; a second use means a copy of it exists somewhere, so we signed that session
            out rather than guess which copy was yours.
          </p>
          <p>
            If you did not expect this, check{" "}
            <Link href="/account#security" className="font-semibold underline underline-offset-2">
              where you are signed in
            </Link>{" "}
            and sign out of any device you do not know.
          </p>
        </div>
        <button
          type="button"
          onClick={() => setEnded(null)}
          className="shrink-0 self-start rounded-lg border border-red-300 bg-white px-3 py-1.5 font-medium whitespace-nowrap text-red-900 hover:bg-red-100 focus-visible:outline-2 focus-visible:outline-red-700"
        >
          Got it
        </button>
      </div>
    </section>
  );
}
