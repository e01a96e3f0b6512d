"use client";
// Where each token lives in the current mode, and what any script on this page could
// read right now: read live from document.cookie and localStorage, not described.
import { useAuthStore } from "@/lib/client/auth-store";
import { STORAGE_KEYS } from "@/lib/client/token-storage";
import { T } from "./text";

type Readable = { cookie: string; accessToken: string | null; refreshToken: string | null };

/** Exactly what a script on this page sees (it is one). */
function readAsAnyScript(): Readable {
  try {
    return {
      cookie: document.cookie,
      accessToken: localStorage.getItem(STORAGE_KEYS.accessToken),
      refreshToken: localStorage.getItem(STORAGE_KEYS.refreshToken),
    };
  } catch {
    return { cookie: document.cookie, accessToken: null, refreshToken: null };
  }
}

const shorten = (value: string) => (value.length > 48 ? `${value.slice(0, 24)}…${value.slice(-12)}` : value);

export function TokenStorageView({ now }: { now: number | null }) {
  const mode = useAuthStore((state) => state.mode);
  // `now` ticks, so the box follows every rotation; before mount nothing is read.
  const readable = now === null ? null : readAsAnyScript();

  return (
    <div className="flex flex-col gap-4">
      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <T k="refresh.title" as="h3" className="text-lg font-semibold" />
        <T k={mode === "cookie" ? "refresh.cookie" : "refresh.localStorage"} as="p" className="mt-2 text-sm text-slate-700" />
        {mode === "localStorage" && readable?.refreshToken && (
          <p className="mt-2 rounded-lg bg-slate-900 p-3 font-mono text-xs break-all text-amber-200" data-testid="stored-refresh-token">
            {readable.refreshToken}
          </p>
        )}
        <T k="refresh.rotates" as="p" className="mt-2 text-sm text-slate-700" />
      </div>

      <div className="rounded-xl border border-slate-200 bg-white p-5">
        <T k="where.title" as="h3" className="text-lg font-semibold" />
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="text-xs tracking-wide text-slate-600 [&:lang(en)]:uppercase">
              <th scope="col" className="pr-3 pb-1 font-medium">
                <T k="where.token" />
              </th>
              <th scope="col" className="pb-1 font-medium">
                <T k="where.place" />
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className="border-t border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap">
                <T k="access.title" />
              </th>
              <td className="py-2 text-slate-700">
                <T k={mode === "cookie" ? "where.access.cookie" : "where.access.localStorage"} />
              </td>
            </tr>
            <tr className="border-t border-slate-100 align-top">
              <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap">
                <T k="refresh.title" />
              </th>
              <td className="py-2 text-slate-700">
                <T k={mode === "cookie" ? "where.refresh.cookie" : "where.refresh.localStorage"} />
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <div
        className={`rounded-xl border p-5 ${mode === "cookie" ? "border-emerald-300 bg-emerald-50" : "border-amber-300 bg-amber-50"}`}
        data-testid="script-view"
        data-mode={mode}
      >
        <T k="script.title" as="h3" className="text-lg font-semibold" />
        <T k="script.intro" as="p" className="mt-2 text-sm text-slate-800" />
        {readable && (
          <pre className="mt-3 overflow-x-auto rounded-lg bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
            <code>
              <span className="text-slate-400">{"> "}</span>document.cookie{"\n"}
              <Value value={readable.cookie === "" ? null : readable.cookie} testId="script-cookie" />
              {"\n"}
              <span className="text-slate-400">{"> "}</span>localStorage.getItem(&quot;{STORAGE_KEYS.accessToken}&quot;){"\n"}
              <Value value={readable.accessToken} testId="script-access" />
              {"\n"}
              <span className="text-slate-400">{"> "}</span>localStorage.getItem(&quot;{STORAGE_KEYS.refreshToken}&quot;){"\n"}
              <Value value={readable.refreshToken} testId="script-refresh" />
            </code>
          </pre>
        )}
        <T
          k={mode === "cookie" ? "script.verdict.cookie" : "script.verdict.localStorage"}
          as="p"
          className={`mt-3 text-sm font-medium ${mode === "cookie" ? "text-emerald-900" : "text-amber-900"}`}
        />
      </div>
    </div>
  );
}

function Value({ value, testId }: { value: string | null; testId: string }) {
  if (value === null) {
    return (
      <span className="text-emerald-300" data-testid={testId} data-empty="true">
        {testId === "script-cookie" ? '""' : "null"}
      </span>
    );
  }
  return (
    <span className="text-amber-300" data-testid={testId} title={value}>
      &quot;{shorten(value)}&quot;
    </span>
  );
}
