import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth/require-auth";
import { CartSkeleton } from "@/components/cart/cart-skeleton";
import { CheckoutForm } from "@/components/checkout/checkout-form";

export const metadata: Metadata = { title: "Checkout" };

export default function CheckoutPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Checkout</h1>
      <RequireAuth fallback={<CartSkeleton />}>
        <CheckoutForm />
      </RequireAuth>
    </div>
  );
}
