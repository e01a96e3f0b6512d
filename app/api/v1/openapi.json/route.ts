import { methods, route } from "@/lib/server/http";
import { openApiDocument } from "@/lib/server/openapi";

// The machine-readable contract, for curl users, Postman, client generators and the
// reference page at /docs/api. Public: it describes the API, it grants nothing.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(async () => Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } })),
});
