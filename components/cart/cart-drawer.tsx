"use client";
// The cart as a slide-over, opened when something is added: what was added, the lines, the
// subtotal and the way on (the cart page, checkout). A modal <dialog>: the page behind is
// inert, Tab stays inside, Escape closes it, and focus goes back to where the shopper was.
import Link from "next/link";
import { useEffect, useRef, useSyncExternalStore, type KeyboardEvent } from "react";
import { useAuthStore } from "@/lib/client/auth-store";
import { useCartStore } from "@/lib/client/cart-store";
import { loginHref } from "@/lib/client/next-path";
import { formatMoney } from "@/lib/shared/money";
import { buttonClasses } from "@/components/ui/button";

type DrawerState = { open: boolean; added: string | null; returnFocusTo: HTMLElement | null };

let state: DrawerState = { open: false, added: null, returnFocusTo: null };
const listeners = new Set<() => void>();
const setState = (next: DrawerState) => {
  state = next;
  listeners.forEach((listener) => listener());
};
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const closedState: DrawerState = { open: false, added: null, returnFocusTo: null };

/** Opens the drawer; `added` says what was just added, `returnFocusTo` gets the focus back on close. */
export function openCartDrawer({ added, returnFocusTo }: { added: string; returnFocusTo: HTMLElement | null }): void {
  setState({ open: true, added, returnFocusTo });
}

export function CartDrawer() {
  const { open, added, returnFocusTo } = useSyncExternalStore(
    subscribe,
    () => state,
    () => closedState,
  );
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cart = useCartStore((store) => store.cart);
  const signedIn = useAuthStore((store) => store.status === "signed-in");

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // However it closes (Escape, the close button, a link), focus goes back to the opener.
  function onClose() {
    setState(closedState);
    if (returnFocusTo?.isConnected) returnFocusTo.focus();
  }
  const close = () => dialogRef.current?.close();

  // Tab and Shift+Tab wrap around inside the drawer instead of leaving for the browser's toolbar.
  function onKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== "Tab") return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>("a[href], button:not([disabled])")];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const lines = cart?.items ?? [];
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="cart-drawer-title"
      onClose={onClose}
      onKeyDown={onKeyDown}
      // A click on the backdrop (the dialog element itself, outside its panel) closes it.
      onClick={(event) => {
        if (event.target === event.currentTarget) close();
      }}
      className="fixed inset-y-0 right-0 left-auto m-0 h-dvh max-h-dvh w-full max-w-md bg-transparent p-0 backdrop:bg-slate-900/40"
    >
      {/* Rendered only while open, so the page's own texts (the cart page's subtotal) are never there twice. */}
      {open && (
        <div className="flex h-full flex-col bg-white shadow-2xl">
          <div className="flex items-center justify-between gap-4 border-b border-slate-200 px-5 py-4">
            <h2 id="cart-drawer-title" className="text-lg font-semibold">
              Your cart
            </h2>
            <button
              type="button"
              onClick={close}
              aria-label="Close cart"
              className="flex size-9 items-center justify-center rounded-lg text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500"
            >
              <svg viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
                <path d="m5 5 10 10M15 5 5 15" strokeLinecap="round" />
              </svg>
            </button>
          </div>
          <p role="status" className="border-b border-emerald-100 bg-emerald-50 px-5 py-3 text-sm font-medium text-emerald-900 empty:hidden">
            {added}
          </p>
          <ul className="flex-1 divide-y divide-slate-100 overflow-y-auto px-5" aria-label="Items in your cart">
            {lines.map((line) => (
              <li key={line.product_id} className="flex items-center gap-3 py-3">
                <img
                  src={line.image_url}
                  alt=""
                  width={56}
                  height={56}
                  className="size-14 shrink-0 rounded-lg border border-slate-200 bg-slate-100"
                />
                <div className="min-w-0 flex-1">
                  <Link href={`/products/${line.slug}`} onClick={close} className="block truncate font-medium text-slate-900 hover:underline">
                    {line.name}
                  </Link>
                  <p className="text-sm text-slate-600">
                    {line.quantity} × {formatMoney(line.price_cents, cart!.currency)}
                  </p>
                </div>
                <p className="font-semibold tabular-nums">{formatMoney(line.line_total_cents, cart!.currency)}</p>
              </li>
            ))}
          </ul>
          {cart && (
            <div className="flex flex-col gap-3 border-t border-slate-200 p-5">
              <p className="flex justify-between text-base">
                <span className="text-slate-700">
                  Subtotal ({cart.item_count} {cart.item_count === 1 ? "item" : "items"})
                </span>
                <span className="font-semibold tabular-nums">{formatMoney(cart.subtotal_cents, cart.currency)}</span>
              </p>
              <Link href={signedIn ? "/checkout" : loginHref("/checkout")} onClick={close} className={buttonClasses("primary", "lg", "w-full")}>
                {signedIn ? "Check out" : "Sign in to check out"}
              </Link>
              <Link href="/cart" onClick={close} className={buttonClasses("secondary", "lg", "w-full")}>
                View cart
              </Link>
            </div>
          )}
        </div>
      )}
    </dialog>
  );
}
