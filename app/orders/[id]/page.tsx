import type { Metadata } from "next";
import { RequireAuth } from "@/components/auth/require-auth";
import { OrderDetail } from "@/components/order/order-detail";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export const metadata: Metadata = { title: "Order" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> };

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { placed }] = await Promise.all([params, searchParams]);
  return (
    <RequireAuth
      fallback={
        <LoadingRegion label="Checking your session…">
          <Skeleton className="h-10 w-72" />
        </LoadingRegion>
      }
    >
      <OrderDetail id={id} placed={placed === "1"} />
    </RequireAuth>
  );
}
