import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getCart } from "@/lib/server/shop/cart";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }) => {
    return json(await getCart(userId));
  }),
});
