import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { listOrders } from "@/lib/server/shop/orders";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (request) => {
    const { userId } = await authenticate(request);
    return json({ orders: await listOrders(userId) });
  }),
});
