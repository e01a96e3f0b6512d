import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, readJson, route } from "@/lib/server/http";
import { addToCart } from "@/lib/server/shop/cart";
import { addCartItemSchema } from "@/lib/shared/schemas";
import { cartSchema } from "@/lib/shared/api-schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(authenticate, async (request, { userId }) => {
    const input = await readJson(request, addCartItemSchema);
    return json(cartSchema, await addToCart(userId, input));
  }),
});
