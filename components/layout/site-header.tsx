import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { CartLink } from "@/components/cart/cart-link";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:gap-6">
        <Link
          href="/"
          className="flex shrink-0 items-center gap-2 rounded-lg text-lg font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span className="hidden sm:inline">Two-Token Shop</span>
          <span className="sr-only sm:hidden">Two-Token Shop, home</span>
        </Link>
        <nav aria-label="Main" className="min-w-0 flex-1">
          <ul className="flex items-center gap-1 overflow-x-auto">
            <li>
              <Link
                href="/products"
                className="rounded-lg px-3 py-2 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
              >
                Shop
              </Link>
            </li>
          </ul>
        </nav>
        <div className="flex shrink-0 items-center gap-1 sm:gap-2">
          <CartLink />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
