import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, parseWith, readJsonObject, route } from "@/lib/server/http";
import { checkout } from "@/lib/server/shop/checkout";
import { idempotencyKeyOf } from "@/lib/server/shop/idempotency";
import { checkoutSchema } from "@/lib/shared/schemas";
import { orderSchema } from "@/lib/shared/api-schemas";

// docs/api.md's order of checks: authentication, the body, the Idempotency-Key, then the
// key's history and the cart (inside checkout()).
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  POST: route(authenticate, async (request, { userId }) => {
    const body = await readJsonObject(request);
    const { shipping } = parseWith(checkoutSchema, body, "Check the highlighted fields");
    const key = idempotencyKeyOf(request);
    const { order, replayed } = await checkout(userId, { shipping, key, body });
    return replayed ? json(orderSchema, order, 200, { "Idempotent-Replayed": "true" }) : json(orderSchema, order, 201);
  }),
});
