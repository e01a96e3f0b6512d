"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useAuthStore } from "@/lib/client/auth-store";

/**
 * On the sign-in pages: once the shopper is signed in (just now, or already when the page
 * opened), continue to `next`. One place for it, so a successful form never races a second redirect.
 */
export function useRedirectWhenSignedIn(next: string): void {
  const status = useAuthStore((state) => state.status);
  const router = useRouter();
  useEffect(() => {
    if (status === "signed-in") router.replace(next);
  }, [status, next, router]);
}

/** Moves focus to the first field with an error, so keyboard and screen-reader users land on it. */
export function focusFirstError(form: HTMLFormElement | null, fields: Record<string, string>): void {
  const first = Object.keys(fields)[0];
  if (!form || !first) return;
  const input = form.elements.namedItem(first);
  if (input instanceof HTMLElement) input.focus();
}
