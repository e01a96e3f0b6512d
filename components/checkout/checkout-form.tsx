"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/client/client";
import { useAuthStore } from "@/lib/client/auth-store";
import { useCartStore } from "@/lib/client/cart-store";
import { placeOrder } from "@/lib/client/checkout";
import type { OutOfStockItem, ShippingDto } from "@/lib/shared/api-types";
import { checkoutSchema, fieldErrors } from "@/lib/shared/schemas";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { TextField } from "@/components/ui/text-field";
import { errorMessage } from "@/components/ui/error-message";
import { useFormErrors } from "@/components/ui/form-errors";
import { CartSkeleton } from "@/components/cart/cart-skeleton";
import { OrderSummary } from "./order-summary";

const FIELDS: { name: keyof ShippingDto; label: string; autoComplete: string }[] = [
  { name: "name", label: "Full name", autoComplete: "name" },
  { name: "address", label: "Street address", autoComplete: "street-address" },
  { name: "city", label: "City", autoComplete: "address-level2" },
  { name: "postal_code", label: "Postal code", autoComplete: "postal-code" },
  { name: "country", label: "Country", autoComplete: "country-name" },
];

export function CheckoutForm() {
  const router = useRouter();
  const user = useAuthStore((state) => state.user);
  const cart = useCartStore((state) => state.cart);
  const cartStatus = useCartStore((state) => state.status);
  const cartError = useCartStore((state) => state.error);
  const loadCart = useCartStore((state) => state.load);
  const [shipping, setShipping] = useState<ShippingDto>({ name: user?.name ?? "", address: "", city: "", postal_code: "", country: "" });
  const { formRef, fields, formError, showFieldErrors, clearFieldErrors, clearFormError, showApiError } = useFormErrors(shipping);
  const [placing, setPlacing] = useState(false);
  // One Idempotency-Key per checkout attempt: made at the first click and sent again on every
  // retry, so a retried request (after a lost answer or a token refresh) can never order twice.
  const idempotencyKey = useRef<string | null>(null);
  // A ref, not state: a double click lands before React re-renders the disabled button.
  const inFlight = useRef(false);

  useEffect(() => {
    void loadCart();
  }, [loadCart]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (inFlight.current) return;
    clearFormError();
    const checked = checkoutSchema.safeParse({ shipping });
    if (!checked.success) return showFieldErrors(fieldErrors(checked.error));
    clearFieldErrors();
    inFlight.current = true;
    setPlacing(true);
    idempotencyKey.current ??= crypto.randomUUID();
    try {
      const order = await placeOrder(checked.data.shipping, idempotencyKey.current);
      router.replace(`/orders/${order.id}?placed=1`);
    } catch (error) {
      showApiError(error, describeCheckoutError);
      if (error instanceof ApiRequestError && (error.code === "out_of_stock" || error.code === "cart_empty")) void loadCart();
      inFlight.current = false;
      setPlacing(false);
    }
  }

  if (!cart && cartStatus === "error") {
    return <LoadError title="We couldn't load your cart" error={cartError ?? "Please try again."} onRetry={() => void loadCart()} />;
  }
  if (!cart) return <CartSkeleton />;
  if (cart.items.length === 0 && !placing) {
    return (
      <EmptyState
        title="Your cart is empty"
        action={
          <Link href="/products" className={buttonClasses("primary")}>
            Browse products
          </Link>
        }
      >
        Add something to your cart, then come back here to check out.
      </EmptyState>
    );
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem] lg:items-start">
      <form
        ref={formRef}
        method="post"
        onSubmit={submit}
        noValidate
        aria-labelledby="shipping-heading"
        className="flex flex-col gap-5 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
      >
        <h2 id="shipping-heading" className="text-lg font-semibold">
          Shipping address
        </h2>
        {formError && <Alert tone="error">{formError}</Alert>}
        <div className="grid gap-4 sm:grid-cols-2">
          {FIELDS.map((field) => (
            <TextField
              key={field.name}
              label={field.label}
              name={field.name}
              autoComplete={`shipping ${field.autoComplete}`}
              required
              maxLength={200}
              value={shipping[field.name]}
              onChange={(event) => setShipping({ ...shipping, [field.name]: event.target.value })}
              error={fields[field.name]}
              className={field.name === "name" || field.name === "address" ? "sm:col-span-2" : ""}
            />
          ))}
        </div>
        <p className="text-sm text-slate-600">This is a demo shop: nothing is charged and nothing is shipped.</p>
        <Button type="submit" size="lg" pending={placing}>
          {placing ? "Placing order…" : "Place order"}
        </Button>
      </form>
      <OrderSummary
        title="Your order"
        currency={cart.currency}
        lines={cart.items.map((line) => ({ key: line.product_id, name: line.name, quantity: line.quantity, totalCents: line.line_total_cents }))}
        totalCents={cart.subtotal_cents}
        footer={
          <Link href="/cart" className="text-sm font-medium text-brand-700 underline">
            Edit cart
          </Link>
        }
      />
    </div>
  );
}

function describeCheckoutError(error: unknown): string {
  if (error instanceof ApiRequestError) {
    if (error.code === "out_of_stock") {
      const items = (error.details.items ?? []) as OutOfStockItem[];
      const names = items.length === 1 ? "One item" : `${items.length} items`;
      return `${names} in your cart sold out in the quantity you chose. We've updated your cart: please check it and try again.`;
    }
    if (error.code === "cart_empty") return "Your cart is empty now, so there is nothing to order.";
    if (error.code === "idempotency_conflict") {
      return "This order was already sent with different details. Check your orders before trying again.";
    }
  }
  return errorMessage(error);
}
