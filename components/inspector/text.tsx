"use client";
// Renders one dictionary entry in the reader's language: `code` spans as <code>, with
// the entry's key on the element so the tests can check that every text switched.
import type { ElementType } from "react";
import { codeSpans, translate, type InspectorKey, type Vars } from "@/lib/shared/i18n/inspector";
import { useLang } from "./preferences";

type Props = { k: InspectorKey; vars?: Vars; as?: ElementType; className?: string };

export function T({ k, vars, as: Tag = "span", className }: Props) {
  const lang = useLang();
  return (
    <Tag lang={lang} data-i18n={k} className={className}>
      {codeSpans(translate(lang, k, vars)).map((part, index) =>
        part.code ? (
          <code key={index} className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.9em] text-slate-800">
            {part.text}
          </code>
        ) : (
          part.text
        ),
      )}
    </Tag>
  );
}

/** For attributes (aria-label, title): the plain text of an entry. */
export function useT(): (key: InspectorKey, vars?: Vars) => string {
  const lang = useLang();
  return (key, vars) => translate(lang, key, vars);
}
