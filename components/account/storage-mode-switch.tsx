"use client";
import { setStorageMode } from "@/lib/client/auth";
import { useAuthStore } from "@/lib/client/auth-store";

type Mode = "cookie" | "localStorage";

const OPTIONS: { mode: Mode; label: string; description: string }[] = [
  {
    mode: "cookie",
    label: "Cookie (recommended)",
    description:
      "The refresh token travels in an HttpOnly cookie that page scripts cannot read; the access token lives only in this tab's memory.",
  },
  {
    mode: "localStorage",
    label: "localStorage (classic tutorial)",
    description: "Both tokens are kept in localStorage, as many tutorials do, where every script on this site can read them.",
  },
];

/** Where this browser keeps the tokens. Switching signs you out: the tokens you have live in the other place. */
export function StorageModeSwitch() {
  const mode = useAuthStore((state) => state.mode);
  return (
    <section aria-labelledby="storage-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
      <div>
        <h2 id="storage-heading" className="text-lg font-semibold">
          Token storage
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Switching signs you out in this browser; sign in again and the new tokens are kept the new way.
        </p>
      </div>
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">Where this browser keeps your tokens</legend>
        {OPTIONS.map((option) => (
          <label
            key={option.mode}
            className="flex cursor-pointer gap-3 rounded-lg border border-slate-200 p-4 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="storage-mode"
              value={option.mode}
              checked={mode === option.mode}
              onChange={() => setStorageMode(option.mode)}
              className="mt-1 size-4 accent-brand-600"
            />
            <span className="flex flex-col gap-1">
              <span className="font-medium text-slate-900">{option.label}</span>
              <span className="text-sm text-slate-600">{option.description}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
        In localStorage mode the Content-Security-Policy is the main defence of the tokens: it lets only this site&apos;s own scripts run, so an
        injected script cannot read them and send them away.
      </p>
    </section>
  );
}
