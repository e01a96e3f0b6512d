"use client";
import Link from "next/link";
import type { OrderDto } from "@/lib/shared/api-types";
import { formatMoney } from "@/lib/shared/money";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { LoadError } from "@/components/ui/load-error";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { useApiQuery } from "@/components/ui/use-api-query";
import { StatusBadge } from "./status-badge";
import { formatDateTime, orderNumber } from "./format";

export function OrderList() {
  const query = useApiQuery<{ orders: OrderDto[] }>("/orders");

  if (query.status === "loading") return <OrderListSkeleton />;
  if (query.status === "error") return <LoadError title="We couldn't load your orders" error={query.error} onRetry={query.reload} />;
  const { orders } = query.data;
  if (orders.length === 0) {
    return (
      <EmptyState
        title="No orders yet"
        action={
          <Link href="/products" className={buttonClasses("primary")}>
            Start shopping
          </Link>
        }
      >
        When you place an order, it shows up here.
      </EmptyState>
    );
  }
  return (
    <ul className="flex flex-col gap-3">
      {orders.map((order) => {
        const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
        return (
          <li key={order.id}>
            <Link
              href={`/orders/${order.id}`}
              className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm transition hover:border-brand-500 hover:shadow-md focus-visible:outline-2 focus-visible:outline-brand-500 sm:flex-row sm:items-center sm:justify-between"
            >
              <div>
                <p className="font-semibold text-slate-900">Order {orderNumber(order.id)}</p>
                <p className="text-sm text-slate-600">
                  {formatDateTime(order.created_at)} · {count} {count === 1 ? "item" : "items"}
                </p>
              </div>
              <div className="flex items-center gap-4">
                <StatusBadge status={order.status} />
                <span className="font-semibold tabular-nums">{formatMoney(order.total_cents, order.currency)}</span>
              </div>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function OrderListSkeleton() {
  return (
    <LoadingRegion label="Loading your orders…" className="flex flex-col gap-3">
      {[0, 1, 2].map((row) => (
        <div key={row} className="flex items-center justify-between rounded-xl border border-slate-200 bg-white p-4">
          <div className="flex flex-col gap-2">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-56" />
          </div>
          <Skeleton className="h-6 w-20" />
        </div>
      ))}
    </LoadingRegion>
  );
}
