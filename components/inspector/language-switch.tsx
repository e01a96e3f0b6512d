"use client";
// English / हिन्दी for every text of the inspector; the choice is remembered.
import { LANG_NAMES, LANGS } from "@/lib/shared/i18n/inspector";
import { setLang, useLang } from "./preferences";
import { useT } from "./text";

export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const lang = useLang();
  const t = useT();
  return (
    <div role="group" aria-label={t("page.language")} className="inline-flex rounded-lg border border-slate-300 bg-white p-0.5">
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={lang === option}
          onClick={() => setLang(option)}
          className={`rounded-md font-medium focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-brand-500 ${
            compact ? "px-2 py-0.5 text-xs" : "px-3 py-1 text-sm"
          } ${lang === option ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100"}`}
        >
          {LANG_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
