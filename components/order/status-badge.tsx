import type { OrderDto } from "@/lib/shared/api-types";

const LABELS: Record<OrderDto["status"], string> = { placed: "Placed" };

export function StatusBadge({ status }: { status: OrderDto["status"] }) {
  return (
    <span className="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200">
      {LABELS[status]}
    </span>
  );
}
