import Link from "next/link";
import type { ProductDto } from "@/lib/shared/api-types";
import { formatMoney } from "@/lib/shared/money";

export function ProductCard({ product }: { product: ProductDto }) {
  const lowStock = product.stock > 0 && product.stock <= 10;
  return (
    <li className="group flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link href={`/products/${product.slug}`} className="flex flex-1 flex-col focus-visible:outline-2 focus-visible:outline-brand-500">
        <img
          src={product.image_url}
          alt={product.name}
          width={400}
          height={400}
          className="aspect-square w-full bg-slate-100 object-cover transition group-hover:scale-[1.02]"
        />
        <div className="flex flex-1 flex-col gap-1 p-4">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{product.category}</p>
          <h3 className="font-semibold text-slate-900">{product.name}</h3>
          <p className="line-clamp-2 text-sm text-slate-600">{product.description}</p>
          <div className="mt-auto flex items-center justify-between pt-3">
            <span className="text-lg font-semibold">{formatMoney(product.price_cents, product.currency)}</span>
            {lowStock && <span className="text-xs font-medium text-amber-700">Only {product.stock} left</span>}
          </div>
        </div>
      </Link>
    </li>
  );
}
