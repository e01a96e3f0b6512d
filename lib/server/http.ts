import "server-only";
// The route() wrapper and its helpers: every handler's errors become API.md's one
// error shape, and every body is read with the same size limit and JSON rules.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { ApiErrorBody, ErrorCode } from "@/lib/shared/api-types";
import { fieldErrors } from "@/lib/shared/schemas";

export const MAX_BODY_BYTES = 64 * 1024;

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  token_expired: 401,
  invalid_token: 401,
  invalid_credentials: 401,
  invalid_grant: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  out_of_stock: 409,
  email_taken: 409,
  cart_empty: 409,
  idempotency_conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
};

/** A failure that the client should see, with a code from API.md. */
export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ApiError";
    this.status = STATUS[code];
  }
}

export const invalidRequest = (message: string, fields?: Record<string, string>) =>
  new ApiError("invalid_request", message, fields ? { fields } : {});

export const notFound = (message = "Not found") => new ApiError("not_found", message);

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers });
}

export function errorResponse(error: ApiError): Response {
  const headers = new Headers(error.headers);
  if (error.status === 401) headers.set("WWW-Authenticate", wwwAuthenticate(error));
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
  return json(body, error.status, headers);
}

// RFC 6750: every 401 names the realm; token errors also say what was wrong with it.
function wwwAuthenticate(error: ApiError): string {
  if (error.code !== "token_expired" && error.code !== "invalid_token") return 'Bearer realm="shop"';
  const description = error.message.replace(/["\\]/g, "");
  return `Bearer realm="shop", error="invalid_token", error_description="${description}"`;
}

function toResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error);
  // The detail goes to the log only; the client learns nothing about internals.
  console.error("Unhandled error in route handler:", error);
  return errorResponse(new ApiError("internal", "Something went wrong on our side. Please try again."));
}

type Context<P> = { params: Promise<P> };
type Handler<P> = (request: NextRequest, params: P) => Promise<Response>;

/** Wraps a handler: awaits its params and turns any thrown error into a response. */
export function route<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: NextRequest, context: Context<P>): Promise<Response> => {
    try {
      return await handler(request, await context.params);
    } catch (error) {
      return toResponse(error);
    }
  };
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type RouteHandler<P> = (request: NextRequest, context: Context<P>) => Promise<Response>;

/**
 * The handlers of one path, with every method it does not serve answering
 * 405 method_not_allowed and an `Allow` header (Next would answer with no body).
 */
export function methods<P>(served: Partial<Record<Method, RouteHandler<P>>>): Record<Method, RouteHandler<P>> {
  const allow = METHODS.filter((method) => served[method]).join(", ");
  const refuse: RouteHandler<P> = async (request) =>
    errorResponse(
      new ApiError("method_not_allowed", `${request.method} is not allowed here; use ${allow}`, {}, { Allow: allow }),
    );
  return Object.fromEntries(METHODS.map((method) => [method, served[method] ?? refuse])) as Record<
    Method,
    RouteHandler<P>
  >;
}

/**
 * Reads a JSON object body of at most 64 KiB and validates it. An empty body counts
 * as `{}`, so a refresh in cookie mode may send nothing at all.
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await readJsonObject(request), "Check the highlighted fields");
}

/** The body as the client sent it, before validation (checkout hashes it for idempotency). */
export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  const raw = await readBody(request);
  let value: unknown = {};
  if (raw.trim() !== "") {
    try {
      value = JSON.parse(raw);
    } catch {
      throw invalidRequest("The request body is not valid JSON");
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("The request body must be a JSON object");
  }
  return value as Record<string, unknown>;
}

/** Validates any input (a body, query values) into API.md's 400 with `details.fields`. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, message: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(message, fieldErrors(result.error));
  return result.data;
}

const tooLarge = () => new ApiError("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes`);

async function readBody(request: Request): Promise<string> {
  // The declared length turns a large upload away before any of it is read...
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  if (!request.body) return "";
  // ...and counting the bytes catches a body that lies about it or is chunked.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw invalidRequest("The request body is not valid UTF-8");
  }
}
