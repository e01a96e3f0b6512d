import { connection } from "next/server";
import { ProductCard } from "@/components/product/product-card";
import { listProducts } from "@/lib/server/shop/products";

export default async function HomePage() {
  await connection(); // the catalog is read from the database on every request
  const { items, total, categories } = await listProducts({ sort: "newest", page: 1, limit: 24 });
  return (
    <div className="flex flex-col gap-8">
      <section className="rounded-2xl bg-gradient-to-br from-brand-600 to-brand-700 px-6 py-10 text-white sm:px-10">
        <h1 className="text-3xl font-bold sm:text-4xl">Everyday goods, always signed in</h1>
        <p className="mt-3 max-w-2xl text-brand-100">
          Browse {total} products across {categories.length} categories. Behind the scenes, a short-lived access token
          and a rotating refresh token keep your session alive without asking for your password again.
        </p>
      </section>
      <section aria-labelledby="new-arrivals">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="new-arrivals" className="text-xl font-semibold">
            New arrivals
          </h2>
          <p className="text-sm text-slate-600">{categories.join(" · ")}</p>
        </div>
        <ul className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
          {items.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </ul>
      </section>
    </div>
  );
}
