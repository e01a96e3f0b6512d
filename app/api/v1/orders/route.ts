import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { listOrders } from "@/lib/server/shop/orders";
import { orderListSchema } from "@/lib/shared/api-schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }) => {
    return json(orderListSchema, { orders: await listOrders(userId) });
  }),
});
