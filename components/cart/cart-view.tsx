"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useAuthStore } from "@/lib/client/auth-store";
import { useCartStore } from "@/lib/client/cart-store";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { CartLine } from "./cart-line";
import { CartSkeleton } from "./cart-skeleton";
import { CartSummary } from "./cart-summary";

/** The cart page: the signed-in shopper's server cart, or the guest cart in this browser. */
export function CartView() {
  const authStatus = useAuthStore((state) => state.status);
  const cart = useCartStore((state) => state.cart);
  const status = useCartStore((state) => state.status);
  const error = useCartStore((state) => state.error);
  const notice = useCartStore((state) => state.notice);
  const load = useCartStore((state) => state.load);
  const setQuantity = useCartStore((state) => state.setQuantity);
  const remove = useCartStore((state) => state.remove);
  const [busyLine, setBusyLine] = useState<string | null>(null);

  // Fresh numbers (prices, stock) whenever the page opens; the store itself reloads on sign-in and sign-out.
  useEffect(() => {
    void load();
  }, [load]);

  // A failed change leaves the line as it was and puts the reason in the store's `error`.
  async function change(productId: string, action: () => Promise<void>) {
    setBusyLine(productId);
    await action();
    setBusyLine(null);
  }

  if (!cart && status === "error") {
    return <LoadError title="We couldn't load your cart" error={error ?? "Please try again."} onRetry={() => void load()} />;
  }
  if (!cart || authStatus === "loading") return <CartSkeleton />;

  if (cart.items.length === 0) {
    return (
      <EmptyState
        title="Your cart is empty"
        action={
          <Link href="/products" className={buttonClasses("primary")}>
            Start shopping
          </Link>
        }
      >
        Find something you like and it will wait here for you.
      </EmptyState>
    );
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem] lg:items-start">
      <section aria-labelledby="cart-items-heading" className="flex flex-col gap-4">
        <h2 id="cart-items-heading" className="sr-only">
          Items
        </h2>
        {notice && <Alert tone="info">{notice}</Alert>}
        {error && <Alert tone="error">{error}</Alert>}
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm">
          {cart.items.map((line) => (
            <CartLine
              key={line.product_id}
              line={line}
              currency={cart.currency}
              busy={busyLine === line.product_id}
              onQuantity={(quantity) => change(line.product_id, () => setQuantity(line.product_id, quantity))}
              onRemove={() => change(line.product_id, () => remove(line.product_id))}
            />
          ))}
        </ul>
      </section>
      <CartSummary cart={cart} signedIn={authStatus === "signed-in"} />
    </div>
  );
}
