import Link from "next/link";
import { catalogHref, type CatalogQuery } from "./catalog-query";

/** Previous · 1 2 3 · Next, as plain links so every page of results has its own URL. */
export function Pagination({ query, total, pageSize }: { query: CatalogQuery; total: number; pageSize: number }) {
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  const current = Math.min(query.page, pages);
  const item = "flex h-10 min-w-10 items-center justify-center rounded-lg px-3 text-sm font-medium";
  const link = `${item} border border-slate-300 bg-white text-slate-800 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-500`;
  const disabled = `${item} border border-slate-200 text-slate-500`;
  return (
    <nav aria-label="Pages of results" className="flex justify-center">
      <ul className="flex flex-wrap items-center gap-2">
        <li>
          {current > 1 ? (
            <Link href={catalogHref(query, { page: current - 1 })} className={link} rel="prev">
              Previous
            </Link>
          ) : (
            <span className={disabled} aria-disabled="true">
              Previous
            </span>
          )}
        </li>
        {Array.from({ length: pages }, (_, index) => index + 1).map((page) => (
          <li key={page}>
            <Link
              href={catalogHref(query, { page })}
              aria-current={page === current ? "page" : undefined}
              aria-label={`Page ${page}`}
              className={page === current ? `${item} bg-brand-600 text-white` : link}
            >
              {page}
            </Link>
          </li>
        ))}
        <li>
          {current < pages ? (
            <Link href={catalogHref(query, { page: current + 1 })} className={link} rel="next">
              Next
            </Link>
          ) : (
            <span className={disabled} aria-disabled="true">
              Next
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
