import { findUser } from "@/lib/server/auth/accounts";
import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";
import { meResponseSchema } from "@/lib/shared/api-schemas";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }) => {
    return json(meResponseSchema, { user: await findUser(userId) });
  }),
});
