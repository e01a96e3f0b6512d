import { authenticateOptional } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getProduct } from "@/lib/server/shop/products";
import { productSchema } from "@/lib/shared/api-schemas";

// Public, but a stale Bearer token still gets its 401, so the client refreshes it here too.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticateOptional, async (request, _caller, { slug }: { slug: string }) => {
    return json(productSchema, await getProduct(slug));
  }),
});
