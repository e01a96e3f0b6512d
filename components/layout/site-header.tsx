import Link from "next/link";
import { AccountMenu } from "@/components/auth/account-menu";
import { CartDrawer } from "@/components/cart/cart-drawer";
import { CartLink } from "@/components/cart/cart-link";
import { Toaster } from "@/components/ui/toast";
import { MainNav } from "./main-nav";

/** The header, and what opens over every page: the cart drawer and the confirmations. */
export function SiteHeader() {
  return (
    <>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-4 sm:gap-4 lg:gap-6">
          <Link
            href="/"
            className="flex shrink-0 items-center gap-2 rounded-lg text-lg font-semibold text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
          >
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span className="hidden sm:inline">Two-Token Shop</span>
            <span className="sr-only sm:hidden">Two-Token Shop, home</span>
          </Link>
          <MainNav />
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
            <CartLink />
            <AccountMenu />
          </div>
        </div>
      </header>
      {/* Outside the header: its backdrop blur would make it the frame of their fixed position. */}
      <CartDrawer />
      <Toaster />
    </>
  );
}
