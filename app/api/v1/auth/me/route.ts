import { findUser } from "@/lib/server/auth/accounts";
import { authenticate } from "@/lib/server/auth/authenticate";
import { json, methods, route } from "@/lib/server/http";

export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async (request) => {
    const { userId } = await authenticate(request);
    return json({ user: await findUser(userId) });
  }),
});
