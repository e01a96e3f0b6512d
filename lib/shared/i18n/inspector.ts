// The inspector's two languages and the few helpers that turn a dictionary entry into
// text: {placeholders} filled in, durations spelled out in the reader's language.
import { inspectorEn, type InspectorKey } from "./inspector-en";
import { inspectorHi } from "./inspector-hi";

export type { InspectorKey };
export type Lang = "en" | "hi";

export const LANGS: readonly Lang[] = ["en", "hi"];
export const DICTIONARIES: Record<Lang, Record<InspectorKey, string>> = { en: inspectorEn, hi: inspectorHi };
/** Each language named in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", hi: "हिन्दी" };

export type Vars = Record<string, string | number>;

export function translate(lang: Lang, key: InspectorKey, vars: Vars = {}): string {
  return DICTIONARIES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The placeholders a text expects, e.g. ["ttl"] for "lives {ttl}". */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/** 1800 → "30 minutes" / "30 मिनट": the largest unit that divides the duration evenly. */
export function formatDuration(lang: Lang, seconds: number): string {
  const units: [number, InspectorKey, InspectorKey][] = [
    [86_400, "unit.day", "unit.days"],
    [3_600, "unit.hour", "unit.hours"],
    [60, "unit.minute", "unit.minutes"],
  ];
  for (const [size, one, many] of units) {
    if (seconds >= size && seconds % size === 0) {
      const n = seconds / size;
      return translate(lang, n === 1 ? one : many, { n });
    }
  }
  return translate(lang, seconds === 1 ? "unit.second" : "unit.seconds", { n: seconds });
}

/** Splits a text on `backticks` into plain and code parts, for rendering. */
export function codeSpans(text: string): { code: boolean; text: string }[] {
  return text
    .split("`")
    .map((part, index) => ({ code: index % 2 === 1, text: part }))
    .filter((part) => part.text !== "");
}
