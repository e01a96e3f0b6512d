"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId, useState } from "react";
import { logout } from "@/lib/client/auth";
import { useAuthStore } from "@/lib/client/auth-store";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { showToast } from "@/components/ui/toast";
import { buttonClasses } from "@/components/ui/button";
import { usePopover } from "@/components/ui/use-popover";
import { loginHref } from "@/lib/client/next-path";

/** Signed in: the user's name opening a menu (account, orders, sign out). Otherwise: sign in. */
export function AccountMenu() {
  const status = useAuthStore((state) => state.status);
  const user = useAuthStore((state) => state.user);
  const pathname = usePathname();

  if (status === "loading") return <Skeleton className="h-9 w-24" />;
  if (status === "signed-out" || !user) {
    const onAuthPage = pathname === "/login" || pathname === "/register";
    return (
      <Link href={onAuthPage ? "/login" : loginHref(pathname)} className={buttonClasses("primary", "sm")}>
        Sign in
      </Link>
    );
  }
  return <SignedInMenu name={user.name} email={user.email} />;
}

function SignedInMenu({ name, email }: { name: string; email: string }) {
  const { open, setOpen, rootRef, buttonRef } = usePopover<HTMLDivElement>();
  const [signingOut, setSigningOut] = useState(false);
  const menuId = useId();

  async function signOut() {
    setSigningOut(true);
    // The store flips to signed-out whatever the network says, and this menu goes with it.
    await logout();
    showToast("You're signed out. See you soon!");
  }

  const item =
    "flex w-full items-center gap-2 rounded-md px-3 py-2 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500";
  return (
    <div ref={rootRef} className="relative">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
        className="flex h-10 items-center gap-2 rounded-lg px-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        <span aria-hidden="true" className="flex size-8 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-700">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="hidden max-w-32 truncate sm:inline">{name}</span>
        <span className="sr-only">Account menu</span>
        <svg viewBox="0 0 20 20" className="size-4 text-slate-600" aria-hidden="true">
          <path d="M5.5 7.5 10 12l4.5-4.5" stroke="currentColor" strokeWidth="1.6" fill="none" strokeLinecap="round" />
        </svg>
      </button>
      <div id={menuId} hidden={!open} className="absolute right-0 z-40 mt-2 w-60 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
        <p className="truncate px-3 pt-1 pb-2 text-xs text-slate-600">
          Signed in as <span className="font-medium text-slate-800">{email}</span>
        </p>
        <ul className="flex flex-col gap-0.5 border-t border-slate-100 pt-2">
          <li>
            <Link href="/account" className={item}>
              Account and devices
            </Link>
          </li>
          <li>
            <Link href="/orders" className={item}>
              Orders
            </Link>
          </li>
          <li>
            <button type="button" onClick={signOut} disabled={signingOut} className={item}>
              {signingOut && <Spinner />}
              Sign out
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
