"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { useCartStore } from "@/lib/client/cart-store";
import type { ProductDto } from "@/lib/shared/api-types";
import { MAX_LINE_QUANTITY } from "@/lib/shared/schemas";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { QuantityStepper } from "@/components/ui/quantity-stepper";
import { openCartDrawer } from "@/components/cart/cart-drawer";

type Outcome = { kind: "idle" } | { kind: "added"; quantity: number } | { kind: "error"; message: string };

/** Quantity picker and "Add to cart"; works the same for guests (local cart) and signed-in shoppers. */
export function AddToCart({ product }: { product: ProductDto }) {
  const add = useCartStore((state) => state.add);
  const inCart = useCartStore((state) => state.cart?.items.find((line) => line.product_id === product.id)?.quantity ?? 0);
  const [quantity, setQuantity] = useState(1);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const buttonRef = useRef<HTMLButtonElement>(null);

  // A line holds at most 99 and never more than the stock, counting what the cart already has.
  const room = Math.max(0, Math.min(product.stock, MAX_LINE_QUANTITY) - inCart);
  const chosen = Math.min(quantity, Math.max(room, 1));

  async function addToCart() {
    setPending(true);
    setOutcome({ kind: "idle" });
    await add(product, chosen);
    // The store keeps a failed action's message (in words for the shopper) instead of throwing.
    const error = useCartStore.getState().error;
    if (error) {
      setOutcome({ kind: "error", message: error });
    } else {
      setOutcome({ kind: "added", quantity: chosen });
      setQuantity(1);
      openCartDrawer({ added: `Added ${chosen} × ${product.name} to your cart.`, returnFocusTo: buttonRef.current });
    }
    setPending(false);
  }

  if (product.stock <= 0) {
    return <Alert tone="warning">This product is sold out for now.</Alert>;
  }

  return (
    <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      {room === 0 ? (
        <p className="text-sm text-slate-700">
          Your cart already holds all {inCart} we can sell you.{" "}
          <Link href="/cart" className="font-medium text-brand-700 underline">
            View cart
          </Link>
        </p>
      ) : (
        <div className="flex flex-wrap items-center gap-4">
          <QuantityStepper value={chosen} min={1} max={room} onChange={setQuantity} label="Quantity" disabled={pending} />
          <Button ref={buttonRef} size="lg" onClick={addToCart} pending={pending} className="flex-1 sm:flex-none">
            {pending ? "Adding…" : "Add to cart"}
          </Button>
        </div>
      )}
      {inCart > 0 && room > 0 && <p className="text-sm text-slate-600">{inCart} already in your cart.</p>}
      <div aria-live="polite" className="-mt-4 [&:not(:empty)]:mt-0">
        {outcome.kind === "added" && (
          <Alert tone="success">
            Added {outcome.quantity} × {product.name} to your cart.{" "}
            <Link href="/cart" className="font-semibold underline">
              View cart
            </Link>
          </Alert>
        )}
      </div>
      {outcome.kind === "error" && <Alert tone="error">{outcome.message}</Alert>}
    </div>
  );
}
