import { authenticateOptional } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getProduct } from "@/lib/server/shop/products";

// Public, but a stale Bearer token still gets its 401, so the client refreshes it here too.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route<{ slug: string }>(async (request, { slug }) => {
    await authenticateOptional(request);
    return json(await getProduct(slug));
  }),
});
