"use client";
import { useLinkStatus } from "next/link";
import { Spinner } from "./spinner";

/**
 * Inside a <Link>: a spinner over it while the page it opens is rendered on the server.
 * (Product pages have no loading.tsx on purpose: an unknown product must answer 404,
 * and a streamed response is already 200 when the page finds out.)
 */
export function LinkPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span className="absolute inset-0 flex items-center justify-center rounded-xl bg-white/60">
      <Spinner className="size-8 text-brand-600" label="Opening…" />
    </span>
  );
}
