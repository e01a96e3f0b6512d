"use client";
import Form from "next/form";
import { useId } from "react";

/** The header's search: the catalog's own `q`, so a search from any page lands on /products?q=… */
export function HeaderSearch({ className = "", onSubmit }: { className?: string; onSubmit?: () => void }) {
  const id = useId();
  return (
    <Form action="/products" role="search" aria-label="Shop" onSubmit={onSubmit} className={`relative flex min-w-0 items-center ${className}`}>
      <label htmlFor={id} className="sr-only">
        Search the shop
      </label>
      <input
        id={id}
        name="q"
        type="search"
        maxLength={200}
        placeholder="Search the shop"
        className="h-10 w-full min-w-0 rounded-lg border border-slate-300 bg-white pr-11 pl-3 text-sm text-slate-900 placeholder:text-slate-500 focus:border-brand-500 focus:outline-2 focus:outline-brand-500"
      />
      <button
        type="submit"
        aria-label="Search the shop"
        className="absolute right-1 flex size-8 items-center justify-center rounded-md text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        <svg viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
          <circle cx="8.5" cy="8.5" r="5.5" />
          <path d="m13 13 4.5 4.5" strokeLinecap="round" />
        </svg>
      </button>
    </Form>
  );
}
