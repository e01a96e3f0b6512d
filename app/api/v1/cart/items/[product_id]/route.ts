import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, readJson, route } from "@/lib/server/http";
import { removeFromCart, setCartQuantity } from "@/lib/server/shop/cart";
import { setCartQuantitySchema } from "@/lib/shared/schemas";

type Params = { product_id: string };

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  PATCH: route<Params>(async (request, { product_id }) => {
    const { userId } = await authenticate(request);
    const { quantity } = await readJson(request, setCartQuantitySchema);
    return json(await setCartQuantity(userId, product_id, quantity));
  }),
  DELETE: route<Params>(async (request, { product_id }) => {
    const { userId } = await authenticate(request);
    return json(await removeFromCart(userId, product_id));
  }),
});
