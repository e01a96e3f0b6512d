"use client";
import Link from "next/link";
import { ApiRequestError } from "@/lib/client/client";
import type { OrderDto } from "@/lib/shared/api-types";
import { formatMoney } from "@/lib/shared/money";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { useApiQuery } from "@/components/ui/use-api-query";
import { formatDateTime, orderNumber } from "./format";
import { StatusBadge } from "./status-badge";

/** One order; with `placed`, the confirmation a shopper sees right after checkout. */
export function OrderDetail({ id, placed }: { id: string; placed: boolean }) {
  const query = useApiQuery<OrderDto>(`/orders/${encodeURIComponent(id)}`);

  if (query.status === "loading") return <OrderDetailSkeleton />;
  if (query.status === "error") {
    if (query.error instanceof ApiRequestError && query.error.code === "not_found") {
      return (
        <EmptyState
          title="We can't find that order"
          action={
            <Link href="/orders" className={buttonClasses("secondary")}>
              See your orders
            </Link>
          }
        >
          The link may be mistyped, or the order belongs to another account.
        </EmptyState>
      );
    }
    return <LoadError title="We couldn't load this order" error={query.error} onRetry={query.reload} />;
  }

  const order = query.data;
  return (
    <div className="flex flex-col gap-6">
      {placed ? (
        <div className="flex flex-col items-center gap-3 rounded-2xl border border-emerald-200 bg-emerald-50 px-6 py-10 text-center">
          <span aria-hidden="true" className="flex size-14 items-center justify-center rounded-full bg-emerald-600 text-white">
            <svg viewBox="0 0 24 24" className="size-8" fill="none" stroke="currentColor" strokeWidth="2.5">
              <path d="m5 12.5 4.5 4.5L19 7.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </span>
          <h1 className="text-3xl font-bold tracking-tight text-emerald-950">Thank you, your order is placed</h1>
          <p className="text-emerald-900">
            Order {orderNumber(order.id)} · {formatDateTime(order.created_at)}
          </p>
        </div>
      ) : (
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div>
            <h1 className="text-3xl font-bold tracking-tight">Order {orderNumber(order.id)}</h1>
            <p className="mt-1 text-slate-600">Placed {formatDateTime(order.created_at)}</p>
          </div>
          <StatusBadge status={order.status} />
        </div>
      )}

      <div className="grid gap-6 lg:grid-cols-[1fr_20rem] lg:items-start">
        <section aria-labelledby="items-heading" className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm">
          <h2 id="items-heading" className="border-b border-slate-200 px-5 py-4 text-lg font-semibold">
            Items
          </h2>
          <table className="w-full text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th scope="col" className="px-5 py-2 font-medium">
                  Product
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Qty
                </th>
                <th scope="col" className="hidden px-3 py-2 text-right font-medium sm:table-cell">
                  Price
                </th>
                <th scope="col" className="px-5 py-2 text-right font-medium">
                  Total
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {order.items.map((item) => (
                <tr key={item.product_id}>
                  <td className="px-5 py-3 font-medium text-slate-900">{item.name}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{item.quantity}</td>
                  <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell">{formatMoney(item.price_cents, order.currency)}</td>
                  <td className="px-5 py-3 text-right tabular-nums">{formatMoney(item.price_cents * item.quantity, order.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="flex justify-between border-t border-slate-200 px-5 py-3 text-base font-semibold">
            <span>Total</span>
            <span className="tabular-nums">{formatMoney(order.total_cents, order.currency)}</span>
          </p>
        </section>
        <section aria-labelledby="shipping-heading" className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="shipping-heading" className="text-lg font-semibold">
            Shipping to
          </h2>
          <address className="leading-relaxed text-slate-700 not-italic">
            {order.shipping.name}
            <br />
            {order.shipping.address}
            <br />
            {order.shipping.postal_code} {order.shipping.city}
            <br />
            {order.shipping.country}
          </address>
        </section>
      </div>

      <div className="flex flex-wrap gap-3">
        <Link href="/products" className={buttonClasses(placed ? "primary" : "secondary")}>
          Continue shopping
        </Link>
        <Link href="/orders" className={buttonClasses("secondary")}>
          All orders
        </Link>
      </div>
    </div>
  );
}

function OrderDetailSkeleton() {
  return (
    <LoadingRegion label="Loading the order…" className="flex flex-col gap-6">
      <Skeleton className="h-10 w-72" />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <Skeleton className="h-64" />
        <Skeleton className="h-40" />
      </div>
    </LoadingRegion>
  );
}
