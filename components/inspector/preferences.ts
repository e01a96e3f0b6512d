// The inspector's two remembered choices, kept in localStorage: the language of its texts
// and whether the shopping panel is open. Read with useSyncExternalStore, so the server
// render and hydration use the defaults and the stored choice applies right after; every
// component (and every tab) that shows the inspector follows a change at once.
import { useSyncExternalStore } from "react";
import type { Lang } from "@/lib/shared/i18n/inspector";

export const LANG_KEY = "shop.inspector-lang";
export const PANEL_KEY = "shop.inspector-panel";

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Other tabs' changes arrive as storage events.
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage blocked: the defaults apply
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Storage blocked: the choice lasts until the page is left.
  }
  for (const listener of listeners) listener();
}

export function useLang(): Lang {
  return useSyncExternalStore(
    subscribe,
    () => (read(LANG_KEY) === "hi" ? "hi" : "en"),
    () => "en",
  );
}

export const setLang = (lang: Lang) => write(LANG_KEY, lang);

export function usePanelOpen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => read(PANEL_KEY) === "open",
    () => false,
  );
}

export const setPanelOpen = (open: boolean) => write(PANEL_KEY, open ? "open" : "closed");
