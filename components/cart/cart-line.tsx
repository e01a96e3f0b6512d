import Link from "next/link";
import type { CartLineDto } from "@/lib/shared/api-types";
import { formatMoney } from "@/lib/shared/money";
import { MAX_LINE_QUANTITY } from "@/lib/shared/schemas";
import { QuantityStepper } from "@/components/ui/quantity-stepper";
import { Spinner } from "@/components/ui/spinner";

type CartLineProps = {
  line: CartLineDto;
  currency: string;
  busy: boolean;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
};

export function CartLine({ line, currency, busy, onQuantity, onRemove }: CartLineProps) {
  const max = Math.max(line.quantity, Math.min(line.stock, MAX_LINE_QUANTITY));
  return (
    <li className="flex gap-3 p-4 sm:items-center sm:gap-4">
      <img
        src={line.image_url}
        alt=""
        width={96}
        height={96}
        className="size-16 shrink-0 rounded-lg border border-slate-200 bg-slate-100 object-cover sm:size-24"
      />
      <div className="flex min-w-0 flex-1 flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="min-w-0">
          <Link href={`/products/${line.slug}`} className="font-semibold text-slate-900 hover:text-brand-700 hover:underline">
            {line.name}
          </Link>
          <p className="text-sm text-slate-600">{formatMoney(line.price_cents, currency)} each</p>
          {line.quantity > line.stock && (
            <p className="mt-1 text-sm font-medium text-red-700">
              {line.stock === 0 ? "Sold out: remove it to check out." : `Only ${line.stock} left: lower the quantity to check out.`}
            </p>
          )}
        </div>
        <div className="flex items-center gap-3 sm:gap-4">
          <QuantityStepper value={line.quantity} min={1} max={max} onChange={onQuantity} label={`Quantity of ${line.name}`} disabled={busy} />
          <p className="ml-auto min-w-16 text-right font-semibold tabular-nums sm:w-24">
            {busy ? <Spinner className="ml-auto size-4 text-slate-500" label="Updating" /> : formatMoney(line.line_total_cents, currency)}
          </p>
          <button
            type="button"
            onClick={onRemove}
            disabled={busy}
            className="rounded-md p-2 text-slate-600 hover:bg-red-50 hover:text-red-700 focus-visible:outline-2 focus-visible:outline-brand-500 disabled:cursor-not-allowed"
            aria-label={`Remove ${line.name} from cart`}
          >
            <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8" aria-hidden="true">
              <path
                d="M4 7h16M10 11v6M14 11v6M6 7l1 12a2 2 0 0 0 2 2h6a2 2 0 0 0 2-2l1-12M9 7V4h6v3"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </button>
        </div>
      </div>
    </li>
  );
}
