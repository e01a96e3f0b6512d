import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth/require-auth";
import { OrderList } from "@/components/order/order-list";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "Your orders" };

export default function OrdersPage() {
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">Your orders</h1>
      <RequireAuth
        fallback={
          <LoadingRegion label="Checking your session…">
            <Skeleton className="h-20" />
          </LoadingRegion>
        }
      >
        <OrderList />
      </RequireAuth>
    </div>
  );
}
