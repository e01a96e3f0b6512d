import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getCart } from "@/lib/server/shop/cart";
import { cartSchema } from "@/lib/shared/api-schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }) => {
    return json(cartSchema, await getCart(userId));
  }),
});
