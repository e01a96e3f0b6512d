"use client";
// Starts the browser's side of the session once per page load: restores it (silent refresh
// or stored tokens), listens to the other tabs, runs the proactive refresh timer. When the
// session expires for good (the refresh token was refused), it sends the shopper to the
// login page, which brings them back here afterwards.
import { useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { getApiClient } from "@/lib/client/client";
import { restoreSession } from "@/lib/client/auth";
import { useAuthStore, type SignedOutReason } from "@/lib/client/auth-store";
import { loginUrlAfterExpiry } from "@/lib/client/next-path";

// The auth-flow inspector shows the sign-out itself: it is what the learner is watching.
const PAGES_WITHOUT_REDIRECT = ["/login", "/register", INSPECTOR_PATH];
const ENDED_ON_ITS_OWN: readonly (SignedOutReason | null)[] = ["session_expired", "origin_refused", "refresh_storm"];

export function SessionProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const offline = useAuthStore((state) => state.offline);
  // Ended without the shopper asking (the refresh token or this site address refused, or a
  // renew storm stopped): sign in again.
  const expired = useAuthStore((state) => state.status === "signed-out" && ENDED_ON_ITS_OWN.includes(state.signedOutReason));

  useEffect(() => {
    const stop = getApiClient().start();
    void restoreSession();
    return stop;
  }, []);

  useEffect(() => {
    if (!expired) return;
    const { pathname, search } = window.location;
    if (PAGES_WITHOUT_REDIRECT.includes(pathname)) return;
    router.replace(loginUrlAfterExpiry(pathname + search));
  }, [expired, router]);

  return (
    <>
      {offline && (
        <div role="status" className="bg-amber-100 px-4 py-2 text-center text-sm font-medium text-amber-900">
          You&apos;re offline; we&apos;ll keep you signed in and retry
        </div>
      )}
      {children}
    </>
  );
}
