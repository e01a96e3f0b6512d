import "server-only";
// Product search is a case-insensitive substring match: `Product.searchText` holds the
// lower-cased name and description, and a query is matched with Prisma's `contains`,
// i.e. SQL `LIKE '%…%'`. LIKE gives `%` and `_` (and, on PostgreSQL, `\`) a meaning of
// their own, and Prisma passes them through unescaped, with no portable way to escape
// them (SQLite would need an ESCAPE clause). So the stored text and the query both swap
// those three characters for private-use code points: the pattern then holds nothing
// LIKE treats specially, and a search for "100%" finds exactly the texts with "100%".

const LITERAL: Record<string, string> = { "%": "\uE000", _: "\uE001", "\\": "\uE002" };

/** The form in which text is stored for search and in which a query is matched against it. */
export function searchForm(text: string): string {
  return text.toLowerCase().replace(/[%_\\]/g, (special) => LITERAL[special] ?? special);
}

/** The `searchText` column of a product. */
export function productSearchText(product: { name: string; description: string }): string {
  return searchForm(`${product.name} ${product.description}`);
}
