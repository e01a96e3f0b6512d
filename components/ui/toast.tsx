"use client";
// Short confirmations of what the shopper just did ("You're signed out"), kept outside the
// page so they survive the navigation that often follows the action. The live region is
// always in the page, empty until a message comes: screen readers announce what is added
// to a region they already know, not a region that appears with its text.
import { useEffect, useSyncExternalStore } from "react";

type Toast = { id: number; text: string };

const SHOWN_FOR_MS = 6000;
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function emit(next: Toast[]) {
  toasts = next;
  listeners.forEach((listener) => listener());
}

/** Shows a confirmation for a few seconds (and announces it politely). */
export function showToast(text: string): void {
  emit([...toasts, { id: nextId++, text }]);
}

function dismiss(id: number) {
  emit(toasts.filter((toast) => toast.id !== id));
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const noToasts: Toast[] = [];

export function Toaster() {
  const shown = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => noToasts,
  );
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label="Notifications"
      className="pointer-events-none fixed inset-x-0 bottom-[calc(var(--inspector-dock-height,0px)+1rem)] z-50 flex flex-col items-center gap-2 px-4"
    >
      {shown.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), SHOWN_FOR_MS);
    return () => clearTimeout(timer);
  }, [toast.id]);
  return (
    <div className="pointer-events-auto flex max-w-md items-center gap-3 rounded-xl bg-slate-900 py-2.5 pr-2 pl-4 text-sm font-medium text-white shadow-lg">
      <svg viewBox="0 0 20 20" className="size-5 shrink-0 text-emerald-300" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
        <path d="m5 10.5 3 3 7-7" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p>{toast.text}</p>
      <button
        type="button"
        onClick={() => dismiss(toast.id)}
        aria-label="Dismiss"
        className="flex size-7 items-center justify-center rounded-md text-slate-300 hover:bg-slate-800 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
      >
        <svg viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
