import { findUser } from "@/lib/server/auth/accounts";
import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(authenticate, async (request, { userId }) => {
    return json({ user: await findUser(userId) });
  }),
});
