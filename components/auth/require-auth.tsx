"use client";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";
import { useAuthStore } from "@/lib/client/auth-store";
import { loginHref, loginUrlAfterExpiry } from "@/lib/client/next-path";

/**
 * Pages that need an account (cart checkout, orders, account). The access token lives
 * only in this tab's memory, so the server cannot render these pages for the user: the
 * browser renders them once the session is restored, and shows `fallback` meanwhile.
 */
export function RequireAuth({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const status = useAuthStore((state) => state.status);
  const reason = useAuthStore((state) => state.signedOutReason);
  const router = useRouter();
  const pathname = usePathname();
  const wasSignedIn = useRef(false);

  useEffect(() => {
    if (status === "signed-in") wasSignedIn.current = true;
    if (status !== "signed-out") return;
    // Signing out here on purpose ends on the home page; every other way of losing the
    // session (expired, signed out in another tab or device) offers to sign in and come back.
    const here = `${pathname}${window.location.search}`;
    if (wasSignedIn.current && reason === "logged_out") router.replace("/");
    else if (reason === "session_expired" || reason === "origin_refused" || reason === "refresh_storm")
      router.replace(loginUrlAfterExpiry(here));
    else router.replace(loginHref(here));
  }, [status, reason, pathname, router]);

  return status === "signed-in" ? children : fallback;
}
