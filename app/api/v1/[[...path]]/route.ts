import { ApiError, errorResponse } from "@/lib/server/http";

// Any path under /api/v1 that no route serves: the JSON 404 of API.md, for every method.
async function unknownPath(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  return errorResponse(new ApiError("not_found", `No API endpoint at ${pathname}`));
}

export { unknownPath as GET, unknownPath as POST, unknownPath as PUT, unknownPath as PATCH, unknownPath as DELETE };
