import { authenticateOptional } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { listProducts, parseProductQuery } from "@/lib/server/shop/products";

// Public, but a stale Bearer token still gets its 401, so the client refreshes it here too.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (request) => {
    await authenticateOptional(request);
    return json(await listProducts(parseProductQuery(request.nextUrl.searchParams)));
  }),
});
