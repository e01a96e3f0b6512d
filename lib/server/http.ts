import "server-only";
// The route() wrapper and its helpers: every handler's errors become docs/api.md's one
// error shape; every path segment, query value and body passes the same checks
// (lib/server/input-text.ts) before a handler sees it; every body is read from the
// stream with the same size limit, time limit, media type and JSON rules; every path
// answers every method as docs/api.md says.
import type { NextRequest } from "next/server";
import type { z } from "zod";
import type { ApiErrorBody, ErrorCode } from "@/lib/shared/api-types";
import { fieldErrors } from "@/lib/shared/schemas";
import { BAD_TEXT_MESSAGE, isCleanText, jsonDepth, MAX_JSON_DEPTH, uncleanFields } from "./input-text";

export const MAX_BODY_BYTES = 64 * 1024;
/** A body that has not fully arrived this long after the route started reading it is refused. */
export const BODY_TIMEOUT_MS = 10_000;

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
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

/** A failure that the client should see, with a code from docs/api.md. */
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

/** The 404 of a path under /api/v1 that no route serves (for every method). */
export function unknownEndpoint(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(new ApiError("not_found", `No API endpoint at ${pathname}`));
}

/**
 * A 2xx answer, sent through its schema from lib/shared/api-schemas.ts: the type
 * checker holds the handler to the contract, and parsing drops any field the contract
 * does not name, so nothing the code happens to hold (a hash, an internal id) can leak
 * into a body. A body that does not fit its schema is a bug: a 500, logged.
 */
export function json<S extends z.ZodType>(schema: S, body: z.input<S>, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(schema.parse(body), { status, headers });
}

export function errorResponse(error: ApiError): Response {
  const headers = new Headers(error.headers);
  if (error.status === 401) headers.set("WWW-Authenticate", wwwAuthenticate(error));
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
  return Response.json(body, { status: error.status, headers });
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
type AuthenticatedHandler<A, P> = (request: NextRequest, caller: A, params: P) => Promise<Response>;

/**
 * Wraps a handler: turns any thrown error into a response, and checks the path's
 * segments and the query's values before the handler runs. With an `authenticate`
 * function first, that runs before any check, as docs/api.md orders them (authentication,
 * validation, the rest), and the handler gets its result:
 *
 *   route(async (request, params) => …)                          // public
 *   route(authenticate, async (request, { userId }, params) => …) // protected
 */
export function route<P = Record<string, never>>(handler: Handler<P>): RouteHandler<P>;
export function route<A, P = Record<string, never>>(
  authenticate: (request: Request) => Promise<A>,
  handler: AuthenticatedHandler<A, P>,
): RouteHandler<P>;
export function route<A, P>(first: Handler<P> | ((request: Request) => Promise<A>), second?: AuthenticatedHandler<A, P>): RouteHandler<P> {
  return async (request, context) => {
    try {
      const caller = second ? await (first as (request: Request) => Promise<A>)(request) : undefined;
      const params = await context.params;
      checkUrlText(request, params);
      return second ? await second(request, caller as A, params) : await (first as Handler<P>)(request, params);
    } catch (error) {
      return toResponse(error);
    }
  };
}

/** Path segments (decoded by Next.js) and query values: clean text, or 400 naming them. */
function checkUrlText(request: NextRequest, params: unknown): void {
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries((params ?? {}) as Record<string, string | string[]>)) {
    if (![value].flat().every(isCleanText)) fields[name] = BAD_TEXT_MESSAGE;
  }
  for (const [name, value] of request.nextUrl.searchParams) {
    if (!isCleanText(name) || !isCleanText(value)) fields[isCleanText(name) ? name : "query"] = BAD_TEXT_MESSAGE;
  }
  if (Object.keys(fields).length > 0) throw invalidRequest("The address holds characters that are not text", fields);
}

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type Method = (typeof METHODS)[number];
type RouteHandler<P> = (request: NextRequest, context: Context<P>) => Promise<Response>;

/**
 * The header with which scripts/server.mjs hands a request whose method no Next.js route
 * handler can receive (TRACE, PROPFIND, LOCK…) to the path's OPTIONS handler.
 */
const REFUSED_METHOD_HEADER = "x-shop-refused-method";

/**
 * The handlers of one path, for every method (docs/api.md, 405): a method it does not serve
 * answers 405 method_not_allowed with an `Allow` header (Next would answer with no
 * body); HEAD runs GET's handler (Node sends no body with it); OPTIONS answers 204 with
 * the same `Allow`, or, for a method handed over by the server, its 405.
 */
export function methods<P>(served: Partial<Record<Method, RouteHandler<P>>>): Record<Method | "HEAD" | "OPTIONS", RouteHandler<P>> {
  const allow = METHODS.filter((method) => served[method]).join(", ");
  const refusal = (method: string) =>
    errorResponse(new ApiError("method_not_allowed", `${method} is not allowed here; use ${allow}`, {}, { Allow: allow }));
  const refuse: RouteHandler<P> = async (request) => refusal(request.method);
  const options: RouteHandler<P> = async (request) => {
    const refused = request.headers.get(REFUSED_METHOD_HEADER);
    return refused ? refusal(refused) : new Response(null, { status: 204, headers: { Allow: allow } });
  };
  const handlers = Object.fromEntries(METHODS.map((method) => [method, served[method] ?? refuse])) as Record<Method, RouteHandler<P>>;
  return { ...handlers, HEAD: handlers.GET, OPTIONS: options };
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
  if (raw.trim() === "") return {};
  // Before JSON.parse: past this depth, code that recurses into the value would overflow.
  if (jsonDepth(raw) > MAX_JSON_DEPTH) {
    throw invalidRequest(`The request body is nested more than ${MAX_JSON_DEPTH} levels deep`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw invalidRequest("The request body is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("The request body must be a JSON object");
  }
  const unclean = uncleanFields(value);
  if (Object.keys(unclean).length > 0) throw invalidRequest("Check the highlighted fields", unclean);
  return value as Record<string, unknown>;
}

/** Validates any input (a body, query values) into docs/api.md's 400 with `details.fields`. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown, message: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRequest(message, fieldErrors(result.error));
  return result.data;
}

/**
 * A query string checked by an object schema: the names its shape knows are read (each
 * at most once, else 400; an empty value counts as absent, so `?q=` is no filter), the
 * others are ignored, as links and trackers add their own.
 */
export function parseQuery<S extends z.ZodObject>(schema: S, params: URLSearchParams): z.output<S> {
  const values: Record<string, string> = {};
  const repeated: Record<string, string> = {};
  for (const name of Object.keys(schema.shape)) {
    const all = params.getAll(name);
    if (all.length > 1) repeated[name] = "Give this parameter once";
    if (all[0] !== undefined && all[0] !== "") values[name] = all[0];
  }
  if (Object.keys(repeated).length > 0) throw invalidRequest("Check the query parameters", repeated);
  return parseWith(schema, values, "Check the query parameters");
}

const tooLarge = () => new ApiError("payload_too_large", `The request body is larger than ${MAX_BODY_BYTES} bytes`);

/** `application/json`, with parameters such as `charset=utf-8` allowed. */
const isJsonType = (type: string | null) => type !== null && /^application\/json\s*(;|$)/i.test(type.trim());

/**
 * The body as text, read from the stream as it arrives (no proxy buffers it first), so
 * that no client can make the server hold more than 64 KiB of it or wait long for it:
 * a declared length over the limit is refused before a byte is read, a body without
 * one is cut off the moment it passes the limit, and a body that stops arriving is
 * answered after 10 seconds. Any non-empty body must be declared as JSON: a browser
 * sends text/plain and form types cross-site without asking (no CORS preflight), so
 * accepting them would let another site's form post JSON here (login CSRF).
 */
async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const bytes = await readAtMost(request, MAX_BODY_BYTES);
  if (bytes.byteLength > 0 && !isJsonType(request.headers.get("content-type"))) {
    throw new ApiError("unsupported_media_type", "Send the request body as JSON, with Content-Type: application/json");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalidRequest("The request body is not valid UTF-8");
  }
}

async function readAtMost(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(invalidRequest(`The request body did not arrive within ${BODY_TIMEOUT_MS / 1000} seconds`)),
      BODY_TIMEOUT_MS,
    );
  });
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), stalled]);
      if (done) return Buffer.concat(chunks);
      size += value.byteLength;
      if (size > limit) throw tooLarge();
      chunks.push(value);
    }
  } catch (error) {
    // Stop reading; the answer goes out while the client may still be sending.
    reader.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
