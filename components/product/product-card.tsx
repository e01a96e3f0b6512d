import Link from "next/link";
import type { ProductDto } from "@/lib/shared/api-types";
import { formatMoney } from "@/lib/shared/money";
import { LinkPending } from "@/components/ui/link-pending";
import { StockNote } from "./stock-note";

/** One product in a grid. `headingLevel` keeps the page's heading outline in order. */
export function ProductCard({ product, headingLevel = 3 }: { product: ProductDto; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="group flex flex-col overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm transition hover:shadow-md">
      <Link
        href={`/products/${product.slug}`}
        className="relative flex flex-1 flex-col rounded-xl focus-visible:outline-2 focus-visible:outline-brand-500"
      >
        <div className="overflow-hidden bg-slate-100">
          {/* The name is the link's text already, so the picture adds nothing to read out. */}
          <img
            src={product.image_url}
            alt=""
            width={400}
            height={400}
            loading="lazy"
            className="aspect-square w-full object-cover transition group-hover:scale-[1.03]"
          />
        </div>
        <div className="flex flex-1 flex-col gap-1 p-3 sm:p-4">
          <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{product.category}</p>
          <Heading className="font-semibold text-slate-900 group-hover:text-brand-700">{product.name}</Heading>
          <p className="line-clamp-2 text-sm text-slate-600">{product.description}</p>
          <div className="mt-auto flex flex-wrap items-center justify-between gap-x-2 pt-3">
            <span className="font-semibold sm:text-lg">{formatMoney(product.price_cents, product.currency)}</span>
            <StockNote stock={product.stock} compact />
          </div>
        </div>
        <LinkPending />
      </Link>
    </li>
  );
}
