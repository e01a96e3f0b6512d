import Link from "next/link";
import { listProducts } from "@/lib/server/shop/products";
import { buttonClasses } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PAGE_SIZE, catalogHref, type CatalogQuery } from "./catalog-query";
import { Pagination } from "./pagination";
import { ProductGrid } from "./product-grid";

/** The matching products for one URL; rendered on the server, streamed behind a skeleton. */
export async function ProductResults({ query }: { query: CatalogQuery }) {
  const { items, total } = await listProducts({ ...query, limit: PAGE_SIZE });

  if (total === 0) {
    return (
      <EmptyState
        title="No products match"
        action={
          <Link href="/products" className={buttonClasses("secondary")}>
            Clear search and filters
          </Link>
        }
      >
        {query.q ? <>Nothing in the shop mentions “{query.q}”</> : <>Nothing here yet</>}
        {query.category && <> in {query.category}</>}. Try another word or a different category.
      </EmptyState>
    );
  }

  if (items.length === 0) {
    const last = Math.ceil(total / PAGE_SIZE);
    return (
      <EmptyState
        title={`There is no page ${query.page}`}
        action={
          <Link href={catalogHref(query, { page: last })} className={buttonClasses("secondary")}>
            Go to page {last}
          </Link>
        }
      >
        These results end on page {last}.
      </EmptyState>
    );
  }

  const first = (query.page - 1) * PAGE_SIZE + 1;
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-slate-600">
        Showing {first}–{first + items.length - 1} of {total} {total === 1 ? "product" : "products"}
      </p>
      <ProductGrid products={items} headingLevel={2} />
      <Pagination query={query} total={total} pageSize={PAGE_SIZE} />
    </div>
  );
}
