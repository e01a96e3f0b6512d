import "server-only";
// The catalog: public reads of products, returned as docs/api.md's Product DTO.
import { getDb, type Prisma } from "@/lib/server/db";
import { notFound, parseQuery } from "@/lib/server/http";
import type { ProductDto, ProductListDto } from "@/lib/shared/api-types";
import { productQuerySchema, type ProductQuery, type ProductSort } from "@/lib/shared/schemas";
import { searchForm } from "./search-text";

export const productSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  priceCents: true,
  currency: true,
  imageUrl: true,
  category: true,
  stock: true,
  createdAt: true,
} as const satisfies Prisma.ProductSelect;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productSelect }>;

export function toProductDto(row: ProductRow): ProductDto {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    price_cents: row.priceCents,
    currency: row.currency,
    image_url: row.imageUrl,
    category: row.category,
    stock: row.stock,
    created_at: row.createdAt.toISOString(),
  };
}

/** GET /products's query: unknown names ignored, a known one twice 400, an empty one absent. */
export const parseProductQuery = (params: URLSearchParams): ProductQuery => parseQuery(productQuerySchema, params);

const ORDER: Record<ProductSort, Prisma.ProductOrderByWithRelationInput[]> = {
  newest: [{ createdAt: "desc" }, { id: "asc" }],
  price_asc: [{ priceCents: "asc" }, { name: "asc" }],
  price_desc: [{ priceCents: "desc" }, { name: "asc" }],
  name: [{ name: "asc" }, { id: "asc" }],
};

export async function listProducts(query: ProductQuery): Promise<ProductListDto> {
  const db = getDb();
  const where: Prisma.ProductWhereInput = {
    ...(query.q ? { searchText: { contains: searchForm(query.q) } } : {}),
    ...(query.category ? { category: query.category } : {}),
  };
  const [rows, total, categories] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: ORDER[query.sort],
      skip: (query.page - 1) * query.limit,
      take: query.limit,
      select: productSelect,
    }),
    db.product.count({ where }),
    listCategories(),
  ]);
  return { items: rows.map(toProductDto), page: query.page, limit: query.limit, total, categories };
}

export async function listCategories(): Promise<string[]> {
  const rows = await getDb().product.findMany({ distinct: ["category"], select: { category: true }, orderBy: { category: "asc" } });
  return rows.map((row) => row.category);
}

export async function getProduct(slug: string): Promise<ProductDto> {
  const row = await getDb().product.findUnique({ where: { slug }, select: productSelect });
  if (!row) throw notFound(`No product with the slug "${slug}"`);
  return toProductDto(row);
}
