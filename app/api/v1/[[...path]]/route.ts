import { unknownEndpoint } from "@/lib/server/http";

// Any path under /api/v1 that no route serves: the JSON 404 of docs/api.md, for every method
// (OPTIONS and HEAD included, and the methods scripts/server.mjs hands over as OPTIONS).
async function unknownPath(request: Request): Promise<Response> {
  return unknownEndpoint(request);
}

export {
  unknownPath as GET,
  unknownPath as HEAD,
  unknownPath as POST,
  unknownPath as PUT,
  unknownPath as PATCH,
  unknownPath as DELETE,
  unknownPath as OPTIONS,
};
