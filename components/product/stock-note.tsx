/** "Sold out", "Only 4 left" or "In stock", so the shopper knows before trying to add. */
export function StockNote({ stock, compact = false }: { stock: number; compact?: boolean }) {
  if (stock <= 0) return <span className="text-sm font-medium text-red-700">Sold out</span>;
  if (stock <= 10) return <span className="text-sm font-medium text-amber-800">Only {stock} left</span>;
  return compact ? null : <span className="text-sm font-medium text-emerald-800">In stock</span>;
}
