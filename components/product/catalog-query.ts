// The catalog's state lives in the URL (/products?q=&category=&sort=&page=), so a search
// can be shared, bookmarked and walked with the back button. This file reads and writes it.
import { productQuerySchema, type ProductQuery, type ProductSort } from "@/lib/shared/schemas";

export const PAGE_SIZE = 12;

export const SORT_LABELS: Record<ProductSort, string> = {
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  name: "Name: A to Z",
};

export type CatalogQuery = Pick<ProductQuery, "q" | "category" | "sort" | "page">;
type SearchParams = Record<string, string | string[] | undefined>;

/**
 * URL values → a checked query, with the same rules as GET /products. A hand-edited
 * value that fails them (page=abc) is dropped rather than turned into an error page.
 */
export function readCatalogQuery(params: SearchParams): CatalogQuery {
  const values: Record<string, string> = {};
  for (const name of ["q", "category", "sort", "page"] as const) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value) values[name] = value;
  }
  const result = productQuerySchema.safeParse(values);
  if (result.success) return pickCatalog(result.data);
  for (const issue of result.error.issues) delete values[String(issue.path[0])];
  return pickCatalog(productQuerySchema.parse(values));
}

function pickCatalog({ q, category, sort, page }: ProductQuery): CatalogQuery {
  return { q: q || undefined, category: category || undefined, sort, page };
}

/** The URL of the catalog with `changes` applied; defaults are left out to keep it short. */
export function catalogHref(query: CatalogQuery, changes: Partial<CatalogQuery> = {}): string {
  const next = { ...query, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.category) params.set("category", next.category);
  if (next.sort !== "newest") params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const search = params.toString();
  return search ? `/products?${search}` : "/products";
}
