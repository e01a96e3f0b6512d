import { NextResponse, type NextRequest } from "next/server";
import { ApiError, errorResponse } from "@/lib/server/http";

/**
 * Paths under /api/v1 that name nothing, turned away before any route sees them with
 * API.md's JSON 404: one that is not valid percent-encoding (say /products/%ff) would
 * fail in Next's own decoding of the route's parameters with a plain-text 500, and
 * one with a NUL character (/products/%00) is no slug or id, and PostgreSQL would
 * refuse it in a query.
 */
export function proxy(request: NextRequest): Response {
  let path: string;
  try {
    path = decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return errorResponse(new ApiError("not_found", "No API endpoint at this path (it is not valid URL encoding)"));
  }
  if (path.includes("\u0000")) {
    return errorResponse(new ApiError("not_found", "No API endpoint at this path (it contains a NUL character)"));
  }
  return NextResponse.next();
}

export const config = { matcher: "/api/v1/:path*" };
