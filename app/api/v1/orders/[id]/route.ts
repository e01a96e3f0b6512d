import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getOrder } from "@/lib/server/shop/orders";
import { orderSchema } from "@/lib/shared/api-schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }, { id }: { id: string }) => {
    return json(orderSchema, await getOrder(userId, id));
  }),
});
