"use client";
// The header's navigation. From 1024 px up its links sit in the header beside the search;
// below, one "Menu" button opens them with the search under the header, so nothing is cut
// off or scrolls sideways on a phone.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { usePopover } from "@/components/ui/use-popover";
import { HeaderSearch } from "./header-search";

const LINKS = [
  { href: "/products", label: "Shop" },
  { href: INSPECTOR_PATH, label: "How sign-in works" },
];

export function MainNav() {
  const { open, setOpen, rootRef, buttonRef } = usePopover<HTMLElement>();
  const panelId = useId();
  const pathname = usePathname();

  const close = () => setOpen(false);
  return (
    <nav ref={rootRef} aria-label="Main" className="flex min-w-0 items-center lg:flex-1 lg:gap-6">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="flex h-10 items-center gap-1.5 rounded-lg px-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500 lg:hidden"
      >
        <svg viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
          {open ? <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" /> : <path d="M3 5.5h14M3 10h14M3 14.5h14" strokeLinecap="round" />}
        </svg>
        Menu
      </button>
      <div
        id={panelId}
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full flex-col gap-3 border-b border-slate-200 bg-white px-4 pt-3 pb-4 shadow-lg lg:static lg:flex lg:flex-1 lg:flex-row lg:items-center lg:gap-6 lg:border-0 lg:p-0 lg:shadow-none`}
      >
        <ul className="order-2 flex flex-col gap-1 lg:order-1 lg:flex-row lg:items-center">
          {LINKS.map((link) => (
            <li key={link.href}>
              <Link
                href={link.href}
                onClick={close}
                aria-current={pathname === link.href ? "page" : undefined}
                className="block rounded-lg px-3 py-2.5 text-base font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 aria-[current=page]:text-slate-900 lg:py-2 lg:text-sm"
              >
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        <HeaderSearch onSubmit={close} className="order-1 lg:order-2 lg:ml-auto lg:w-full lg:max-w-sm" />
      </div>
    </nav>
  );
}
