import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getOrder } from "@/lib/server/shop/orders";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }, { id }: { id: string }) => {
    return json(await getOrder(userId, id));
  }),
});
