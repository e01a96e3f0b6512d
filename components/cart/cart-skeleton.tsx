import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export function CartSkeleton() {
  return (
    <LoadingRegion label="Loading your cart…" className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
        {[0, 1].map((row) => (
          <div key={row} className="flex items-center gap-4 p-4">
            <Skeleton className="size-20 sm:size-24" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-5 w-1/2" />
              <Skeleton className="h-4 w-24" />
            </div>
            <Skeleton className="h-9 w-32" />
          </div>
        ))}
      </div>
      <Skeleton className="h-48" />
    </LoadingRegion>
  );
}
