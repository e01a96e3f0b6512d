import Form from "next/form";
import Link from "next/link";
import { Suspense } from "react";
import { listCategories, listProducts } from "@/lib/server/shop/products";
import { buttonClasses } from "@/components/ui/button";
import { ProductGrid, ProductGridSkeleton } from "@/components/product/product-grid";

export default async function HomePage() {
  const categories = await listCategories();
  return (
    <div className="flex flex-col gap-10">
      <section className="overflow-hidden rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-10 text-white sm:px-10 sm:py-14">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">Everyday goods, always signed in</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">
          Mugs, lamps, notebooks and trail gear. Behind the scenes, a short-lived access token and a rotating refresh token keep you signed in
          while you shop, without asking for your password again.
        </p>
        <Form action="/products" role="search" aria-label="Products" className="mt-8 flex max-w-xl gap-2">
          <label htmlFor="home-q" className="sr-only">
            Search products
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={200}
            placeholder="Search the shop"
            className="h-12 min-w-0 flex-1 rounded-lg border-0 bg-white px-4 text-slate-900 shadow-sm placeholder:text-slate-500 focus:outline-2 focus:outline-offset-2 focus:outline-white"
          />
          <button
            type="submit"
            className="h-12 rounded-lg bg-slate-900 px-5 font-medium text-white hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            Search
          </button>
        </Form>
      </section>

      <nav aria-label="Categories">
        <ul className="flex flex-wrap gap-2">
          {categories.map((category) => (
            <li key={category}>
              <Link
                href={`/products?category=${encodeURIComponent(category)}`}
                className="inline-flex rounded-full border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:border-brand-500 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-500"
              >
                {category}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="new-arrivals" className="flex flex-col gap-4">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="new-arrivals" className="text-2xl font-semibold tracking-tight">
            New arrivals
          </h2>
          <Link href="/products" className="text-sm font-medium text-brand-700 hover:underline">
            Browse all products
          </Link>
        </div>
        <Suspense fallback={<ProductGridSkeleton />}>
          <NewArrivals />
        </Suspense>
      </section>
      <div className="flex justify-center">
        <Link href="/products" className={buttonClasses("secondary", "lg")}>
          See the whole catalog
        </Link>
      </div>
    </div>
  );
}

async function NewArrivals() {
  const { items } = await listProducts({ sort: "newest", page: 1, limit: 8 });
  return <ProductGrid products={items} />;
}
