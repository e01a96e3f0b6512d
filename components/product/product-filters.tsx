"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { PRODUCT_SORTS, type ProductSort } from "@/lib/shared/schemas";
import { Spinner } from "@/components/ui/spinner";
import { buttonClasses } from "@/components/ui/button";
import { SORT_LABELS, catalogHref, type CatalogQuery } from "./catalog-query";

/**
 * Search box, category and sort. Each change becomes a new URL (page back to 1), and the
 * server renders the matching products. Without JavaScript the form still works as a GET form.
 */
export function ProductFilters({ query, categories }: { query: CatalogQuery; categories: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [text, setText] = useState(query.q ?? "");
  // Follow the URL when it changes from outside this form (back button, "Clear filters").
  const [shownQ, setShownQ] = useState(query.q);
  if (query.q !== shownQ) {
    setShownQ(query.q);
    setText(query.q ?? "");
  }

  function go(changes: Partial<CatalogQuery>) {
    startTransition(() => router.push(catalogHref(query, { ...changes, page: 1 })));
  }

  const selectClasses =
    "h-10 w-full min-w-0 rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 shadow-sm focus:outline-2 focus:outline-brand-500";
  return (
    <form
      action="/products"
      role="search"
      aria-label="Products"
      onSubmit={(event) => {
        event.preventDefault();
        go({ q: text.trim() || undefined });
      }}
      className="flex flex-col gap-3 rounded-xl border border-slate-200 bg-white p-4 shadow-sm md:flex-row md:items-end"
    >
      <div className="flex flex-1 flex-col gap-1">
        <label htmlFor="catalog-q" className="text-sm font-medium text-slate-800">
          Search
        </label>
        <div className="flex gap-2">
          <input
            id="catalog-q"
            name="q"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={200}
            placeholder="Mugs, notebooks, lanterns…"
            className="h-10 min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 text-slate-900 shadow-sm placeholder:text-slate-500 focus:outline-2 focus:outline-brand-500"
          />
          <button type="submit" className={buttonClasses("primary")}>
            Search
          </button>
        </div>
      </div>
      <div className="flex gap-3">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="catalog-category" className="text-sm font-medium text-slate-800">
            Category
          </label>
          <select
            id="catalog-category"
            name="category"
            value={query.category ?? ""}
            onChange={(event) => go({ category: event.target.value || undefined })}
            className={selectClasses}
          >
            <option value="">All categories</option>
            {categories.map((category) => (
              <option key={category} value={category}>
                {category}
              </option>
            ))}
          </select>
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="catalog-sort" className="text-sm font-medium text-slate-800">
            Sort by
          </label>
          <select
            id="catalog-sort"
            name="sort"
            value={query.sort}
            onChange={(event) => go({ sort: event.target.value as ProductSort })}
            className={selectClasses}
          >
            {PRODUCT_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600 md:h-10 md:w-28">
        {pending && (
          <>
            <Spinner /> Updating…
          </>
        )}
      </p>
    </form>
  );
}
