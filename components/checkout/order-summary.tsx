import type { ReactNode } from "react";
import { formatMoney } from "@/lib/shared/money";

type SummaryLine = { key: string; name: string; quantity: number; totalCents: number };

/** Lines, shipping and total: the checkout's cart and a placed order look the same. */
export function OrderSummary({
  title,
  lines,
  totalCents,
  currency,
  footer,
}: {
  title: string;
  lines: SummaryLine[];
  totalCents: number;
  currency: string;
  footer?: ReactNode;
}) {
  return (
    <section aria-labelledby="order-summary-heading" className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="order-summary-heading" className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="flex flex-col gap-3 text-sm">
        {lines.map((line) => (
          <li key={line.key} className="flex justify-between gap-4">
            <span className="text-slate-700">
              <span className="font-medium text-slate-900">{line.quantity} ×</span> {line.name}
            </span>
            <span className="tabular-nums">{formatMoney(line.totalCents, currency)}</span>
          </li>
        ))}
      </ul>
      <dl className="flex flex-col gap-2 border-t border-slate-200 pt-4 text-sm">
        <div className="flex justify-between">
          <dt className="text-slate-600">Shipping</dt>
          <dd>Free</dd>
        </div>
        <div className="flex justify-between text-base">
          <dt className="font-semibold">Total</dt>
          <dd className="font-semibold tabular-nums">{formatMoney(totalCents, currency)}</dd>
        </div>
      </dl>
      {footer}
    </section>
  );
}
