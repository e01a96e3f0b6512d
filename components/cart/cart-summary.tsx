import Link from "next/link";
import type { CartDto } from "@/lib/shared/api-types";
import { formatMoney } from "@/lib/shared/money";
import { buttonClasses } from "@/components/ui/button";
import { loginHref } from "@/lib/client/next-path";

export function CartSummary({ cart, signedIn }: { cart: CartDto; signedIn: boolean }) {
  const blocked = cart.items.some((line) => line.quantity > line.stock);
  return (
    <section aria-labelledby="summary-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="summary-heading" className="text-lg font-semibold">
        Summary
      </h2>
      <dl className="flex flex-col gap-2 text-sm">
        <div className="flex justify-between">
          <dt className="text-slate-600">
            Subtotal ({cart.item_count} {cart.item_count === 1 ? "item" : "items"})
          </dt>
          <dd className="font-semibold tabular-nums">{formatMoney(cart.subtotal_cents, cart.currency)}</dd>
        </div>
        <div className="flex justify-between">
          <dt className="text-slate-600">Shipping</dt>
          <dd>Free</dd>
        </div>
      </dl>
      {signedIn ? (
        blocked ? (
          <p className="text-sm text-red-700">Some items are no longer in stock in these quantities.</p>
        ) : (
          <Link href="/checkout" className={buttonClasses("primary", "lg", "w-full")}>
            Check out
          </Link>
        )
      ) : (
        <>
          <Link href={loginHref("/checkout")} className={buttonClasses("primary", "lg", "w-full")}>
            Sign in to check out
          </Link>
          <p className="text-sm text-slate-600">Your cart comes with you when you sign in or create an account.</p>
        </>
      )}
    </section>
  );
}
