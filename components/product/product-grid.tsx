import type { ProductDto } from "@/lib/shared/api-types";
import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";
import { ProductCard } from "./product-card";

const GRID = "grid grid-cols-2 gap-3 sm:gap-6 lg:grid-cols-3 xl:grid-cols-4";

export function ProductGrid({ products, headingLevel }: { products: ProductDto[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className={GRID}>
      {products.map((product) => (
        <ProductCard key={product.id} product={product} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}

export function ProductGridSkeleton({ count = 8 }: { count?: number }) {
  return (
    <LoadingRegion label="Loading products…">
      <div className={GRID}>
        {Array.from({ length: count }, (_, index) => (
          <div key={index} className="overflow-hidden rounded-xl border border-slate-200 bg-white">
            <Skeleton className="aspect-square w-full rounded-none" />
            <div className="flex flex-col gap-2 p-4">
              <Skeleton className="h-3 w-16" />
              <Skeleton className="h-5 w-3/4" />
              <Skeleton className="h-4 w-full" />
              <Skeleton className="mt-2 h-6 w-20" />
            </div>
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
