import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { getOrder } from "@/lib/server/shop/orders";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route<{ id: string }>(async (request, { id }) => {
    const { userId } = await authenticate(request);
    return json(await getOrder(userId, id));
  }),
});
