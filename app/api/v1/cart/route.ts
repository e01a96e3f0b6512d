import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getCart } from "@/lib/server/shop/cart";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (request) => {
    const { userId } = await authenticate(request);
    return json(await getCart(userId));
  }),
});
