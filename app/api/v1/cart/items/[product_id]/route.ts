import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, readJson, route } from "@/lib/server/http";
import { removeFromCart, setCartQuantity } from "@/lib/server/shop/cart";
import { setCartQuantitySchema } from "@/lib/shared/schemas";
import { cartSchema } from "@/lib/shared/api-schemas";

type Params = { product_id: string };

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  PATCH: route(authenticate, async (request, { userId }, { product_id }: Params) => {
    const { quantity } = await readJson(request, setCartQuantitySchema);
    return json(cartSchema, await setCartQuantity(userId, product_id, quantity));
  }),
  DELETE: route(authenticate, async (request, { userId }, { product_id }: Params) => {
    return json(cartSchema, await removeFromCart(userId, product_id));
  }),
});
