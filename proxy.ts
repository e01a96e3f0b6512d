import { NextResponse, type NextRequest } from "next/server";
import { ApiError, errorResponse } from "@/lib/server/http";

/**
 * A path under /api/v1 that is not valid percent-encoding (say /products/%ff) would
 * fail in Next's own decoding of the route's parameters, with a plain-text 500 before
 * any handler runs. No resource has such a name, so it gets API.md's JSON 404 here.
 */
export function proxy(request: NextRequest): Response {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return errorResponse(new ApiError("not_found", "No API endpoint at this path (it is not valid URL encoding)"));
  }
  return NextResponse.next();
}

export const config = { matcher: "/api/v1/:path*" };
