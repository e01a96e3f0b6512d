import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ApiError } from "@/lib/server/http";
import { getProduct, listProducts } from "@/lib/server/shop/products";
import { formatMoney } from "@/lib/shared/money";
import { AddToCart } from "@/components/product/add-to-cart";
import { ProductGrid } from "@/components/product/product-grid";
import { StockNote } from "@/components/product/stock-note";

type Props = { params: Promise<{ slug: string }> };

// One database read per request, shared by the metadata and the page; an unknown slug is the 404 page.
const loadProduct = cache(async (slug: string) => {
  const product = await getProduct(slug).catch((error: unknown) => {
    if (error instanceof ApiError && error.code === "not_found") return null;
    throw error;
  });
  return product ?? notFound();
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await loadProduct((await params).slug);
  return { title: product.name, description: product.description };
}

export default async function ProductPage({ params }: Props) {
  const product = await loadProduct((await params).slug);
  const related = await listProducts({ category: product.category, sort: "newest", page: 1, limit: 5 });
  const more = related.items.filter((item) => item.id !== product.id).slice(0, 4);
  const categoryHref = `/products?category=${encodeURIComponent(product.category)}`;

  return (
    <div className="flex flex-col gap-12">
      <div className="flex flex-col gap-6">
        <nav aria-label="Breadcrumb">
          <ol className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
            <li>
              <Link href="/products" className="hover:text-brand-700 hover:underline">
                Shop
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li>
              <Link href={categoryHref} className="hover:text-brand-700 hover:underline">
                {product.category}
              </Link>
            </li>
            <li aria-hidden="true">/</li>
            <li aria-current="page" className="font-medium text-slate-900">
              {product.name}
            </li>
          </ol>
        </nav>
        <div className="grid gap-8 md:grid-cols-2 md:gap-12">
          <div className="overflow-hidden rounded-2xl border border-slate-200 bg-white">
            <img src={product.image_url} alt={product.name} width={600} height={600} className="aspect-square w-full object-cover" />
          </div>
          <div className="flex flex-col gap-5">
            <div>
              <p className="text-sm font-medium tracking-wide text-slate-600 uppercase">{product.category}</p>
              <h1 className="mt-1 text-3xl font-bold tracking-tight sm:text-4xl">{product.name}</h1>
            </div>
            <div className="flex items-baseline gap-4">
              <p className="text-3xl font-semibold">{formatMoney(product.price_cents, product.currency)}</p>
              <StockNote stock={product.stock} />
            </div>
            <p className="text-lg leading-relaxed text-slate-700">{product.description}</p>
            <AddToCart product={product} />
          </div>
        </div>
      </div>
      {more.length > 0 && (
        <section aria-labelledby="more-heading" className="flex flex-col gap-4">
          <div className="flex items-baseline justify-between gap-4">
            <h2 id="more-heading" className="text-xl font-semibold">
              More in {product.category}
            </h2>
            <Link href={categoryHref} className="text-sm font-medium text-brand-700 hover:underline">
              See all
            </Link>
          </div>
          <ProductGrid products={more} />
        </section>
      )}
    </div>
  );
}
