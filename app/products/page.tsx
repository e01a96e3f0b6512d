import type { Metadata } from "next";
import { Suspense } from "react";
import { listCategories } from "@/lib/server/shop/products";
import { readCatalogQuery } from "@/components/product/catalog-query";
import { ProductFilters } from "@/components/product/product-filters";
import { ProductGridSkeleton } from "@/components/product/product-grid";
import { ProductResults } from "@/components/product/product-results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q, category } = readCatalogQuery(await searchParams);
  if (q) return { title: `Search: ${q}` };
  return { title: category ?? "All products" };
}

export default async function ProductsPage({ searchParams }: Props) {
  const query = readCatalogQuery(await searchParams);
  const categories = await listCategories();
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{query.category ?? "All products"}</h1>
        <p className="mt-1 text-slate-600">{query.q ? <>Results for “{query.q}”</> : <>Everyday goods for home, kitchen, desk and trail.</>}</p>
      </div>
      <ProductFilters query={query} categories={categories} />
      {/* A new key per query shows the skeleton while the next results load. */}
      <Suspense key={JSON.stringify(query)} fallback={<ProductGridSkeleton />}>
        <ProductResults query={query} />
      </Suspense>
    </div>
  );
}
