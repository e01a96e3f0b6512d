import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, readJson, route } from "@/lib/server/http";
import { addToCart } from "@/lib/server/shop/cart";
import { addCartItemSchema } from "@/lib/shared/schemas";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  POST: route(async (request) => {
    const { userId } = await authenticate(request);
    const input = await readJson(request, addCartItemSchema);
    return json(await addToCart(userId, input));
  }),
});
