"use client";
// The compact inspector that can stay open while shopping: the access token's countdown
// and the latest requests, on every page but the full inspector. Collapsed by default;
// the open/closed choice is remembered.
import "@fontsource-variable/noto-sans-devanagari";
import "./inspector.css";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { useAuthStore } from "@/lib/client/auth-store";
import { Countdown, useAccessCountdown } from "./access-token-card";
import { LanguageSwitch } from "./language-switch";
import { INSPECTOR_PATH } from "./path";
import { setPanelOpen, useLang, usePanelOpen } from "./preferences";
import { T, useT } from "./text";
import { TimelineView } from "./timeline-view";
import { formatCountdown, useNow } from "./use-now";

export function InspectorPanel() {
  const pathname = usePathname();
  const open = usePanelOpen();
  const lang = useLang();
  const t = useT();
  const bodyId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const now = useNow(open ? 250 : 1000);
  const countdown = useAccessCountdown(now);
  const status = useAuthStore((state) => state.status);

  const shown = pathname !== INSPECTOR_PATH; // the full inspector shows all of this itself

  useEffect(() => {
    document.documentElement.dataset.inspectorPanel = shown && open ? "open" : "closed";
  }, [shown, open]);

  if (!shown) return null;

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && open) {
      setPanelOpen(false);
      toggle.current?.focus();
    }
  };

  return (
    <aside
      lang={lang}
      aria-label={t("panel.toggle")}
      onKeyDown={onKeyDown}
      className="inspector-dock fixed inset-x-0 bottom-0 z-40 flex h-(--inspector-dock-height) items-center justify-end border-t border-slate-200 bg-white px-4"
    >
      {open && (
        <div
          id={bodyId}
          className="absolute right-4 bottom-full mb-2 flex max-h-[40vh] w-96 max-w-[calc(100vw-2rem)] flex-col gap-3 overflow-y-auto rounded-xl border border-slate-300 bg-white p-4 shadow-xl"
        >
          <div className="flex items-center justify-between gap-2">
            <LanguageSwitch compact />
            <Link
              href={INSPECTOR_PATH}
              className="text-sm font-semibold text-brand-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-500"
            >
              <T k="panel.more" />
            </Link>
          </div>
          {status === "signed-in" ? <Countdown now={now} size="small" /> : <T k="panel.signedOut" as="p" className="text-sm text-slate-700" />}
          <T k="panel.recent" as="h2" className="text-sm font-semibold text-slate-900" />
          <TimelineView limit={6} compact />
        </div>
      )}
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={open ? bodyId : undefined}
        onClick={() => setPanelOpen(!open)}
        className="flex items-center gap-2 rounded-full bg-slate-900 px-4 py-1.5 text-sm font-semibold text-white shadow-lg hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-500"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M13 2a5 5 0 0 0-4.8 6.4L2 14.6V18h3.4v-2h2v-2h2l1.2-1.2A5 5 0 1 0 13 2Zm1.5 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3Z" />
        </svg>
        <T k="panel.toggle" />
        {countdown && (
          <span className={`font-mono tabular-nums ${countdown.remainingMs === 0 ? "text-red-300" : "text-slate-300"}`}>
            {formatCountdown(countdown.remainingMs)}
          </span>
        )}
        <span aria-hidden="true">{open ? "▾" : "▴"}</span>
      </button>
    </aside>
  );
}
