import "server-only";
// The OpenAPI 3.1 document of the API, built from the same zod schemas the routes parse
// requests with (lib/shared/schemas.ts) and answer through (lib/shared/api-schemas.ts),
// so the document cannot describe a body the code does not send. Served at
// GET /api/v1/openapi.json and committed as docs/openapi.json (npm run openapi); a test
// fails when the two differ. docs/api.md says the same in prose.
import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import * as A from "@/lib/shared/api-schemas";
import type { ErrorCode } from "@/lib/shared/error-codes";
import * as R from "@/lib/shared/schemas";
import { MAX_BODY_BYTES } from "./http";
import { MAX_JSON_DEPTH } from "./input-text";

const BEARER = [{ bearerAuth: [] }];
/** No credentials: the empty requirement. */
const PUBLIC = [{}];

const ERROR_STATUS = {
  400: "invalid_request",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
  500: "internal",
} as const;

const WHEN: Record<number, string> = {
  400: "Malformed JSON, a body that is not an object, nesting deeper than 32 levels, a failed check (`details.fields` names each field), a bad query value, or text holding a control character or an unpaired surrogate",
  401: "Authentication failed; the `WWW-Authenticate` header says how",
  403: "The request did not come from this site (`Origin`)",
  404: "Not found",
  409: "Conflicts with the current state",
  413: `The body is larger than ${MAX_BODY_BYTES / 1024} KiB`,
  415: "A body that is not declared as `application/json`",
  429: "Too many failed logins for this email or from this address; retry after `Retry-After` seconds",
  500: "Something went wrong on the server; the message says nothing internal",
};

const wwwAuthenticate = {
  "WWW-Authenticate": {
    description:
      'RFC 6750: `Bearer realm="shop"`, plus `, error="invalid_token", error_description="…"` for `token_expired` and `invalid_token`',
    required: true,
    schema: { type: "string" as const, pattern: '^Bearer realm="shop"' },
  },
};
const noStore = { "Cache-Control": { description: "`no-store`: tokens are never cached", schema: { type: "string" as const } } };
const setCookie = {
  "Set-Cookie": {
    description:
      "Cookie mode only: `refresh_token=…; HttpOnly; SameSite=Strict; Path=/api/v1/auth; Max-Age=<refresh_expires_in>` (`Secure` on HTTPS); logout sets `Max-Age=0`",
    schema: { type: "string" as const },
  },
};

const pascal = (code: string) => code.replace(/(^|_)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());
const errorSchemas = new Map<string, z.ZodType>();

/** The error body with `error.code` narrowed to `codes`, one named component per set of codes. */
function errorSchema(codes: readonly ErrorCode[]): z.ZodType {
  const id = `${codes.map(pascal).join("Or")}Error`;
  const [first, ...rest] = codes;
  if (!first) throw new Error("An error answer needs a code");
  if (!errorSchemas.has(id)) errorSchemas.set(id, A.errorBodySchema([first, ...rest]).meta({ id }));
  return errorSchemas.get(id)!;
}

/** A JSON error answer whose `error.code` is one of `codes`. */
function errorAnswer(status: number, codes: readonly ErrorCode[]): ResponseConfig {
  return {
    description: `${WHEN[status] ?? "Error"}: ${codes.map((code) => `\`${code}\``).join(", ")}`,
    headers:
      status === 401
        ? wwwAuthenticate
        : status === 429
          ? { "Retry-After": { description: "Seconds until a login may succeed", required: true, schema: { type: "integer" } } }
          : undefined,
    content: { "application/json": { schema: errorSchema(codes) } },
  };
}

type Errors = { 401?: ErrorCode[]; 404?: true; 409?: ErrorCode[]; 403?: true; 429?: true; body?: true; query?: true };

/** The error answers of one operation: what it can fail with, nothing it cannot. */
function errors(spec: Errors): Record<number, ResponseConfig> {
  const answers: Record<number, ResponseConfig> = {};
  // Path segments and query values are checked on every route, so any route can answer 400.
  answers[400] = errorAnswer(400, [ERROR_STATUS[400]]);
  if (spec[401]) answers[401] = errorAnswer(401, spec[401]);
  if (spec[403]) answers[403] = errorAnswer(403, [ERROR_STATUS[403]]);
  if (spec[404]) answers[404] = errorAnswer(404, [ERROR_STATUS[404]]);
  if (spec[409]) answers[409] = errorAnswer(409, spec[409]);
  if (spec.body) {
    answers[413] = errorAnswer(413, [ERROR_STATUS[413]]);
    answers[415] = errorAnswer(415, [ERROR_STATUS[415]]);
  }
  if (spec[429]) answers[429] = errorAnswer(429, [ERROR_STATUS[429]]);
  answers[500] = errorAnswer(500, [ERROR_STATUS[500]]);
  return answers;
}

const BEARER_401: ErrorCode[] = ["unauthorized", "token_expired", "invalid_token"];
/** The public product routes: no token is fine, a bad Bearer token still gets its 401. */
const OPTIONAL_BEARER_401: ErrorCode[] = ["token_expired", "invalid_token"];

const ok = (schema: z.ZodType, description: string, headers?: ResponseConfig["headers"]): ResponseConfig => ({
  description,
  headers,
  content: { "application/json": { schema } },
});
const noContent = (description: string, headers?: ResponseConfig["headers"]): ResponseConfig => ({ description, headers });
const jsonBody = (schema: z.ZodType, description?: string) => ({
  body: { required: true, description, content: { "application/json": { schema } } },
});
const optionalJsonBody = (schema: z.ZodType, description: string) => ({
  body: { required: false, description, content: { "application/json": { schema } } },
});

const sessionId = z.object({ id: z.string().meta({ description: "A session id: the `sid` claim" }) });
const productId = z.object({ product_id: z.string() });

const ROUTES: RouteConfig[] = [
  {
    method: "post",
    path: "/auth/register",
    operationId: "register",
    security: PUBLIC,
    tags: ["auth"],
    summary: "Create an account and sign in",
    description:
      "The email is trimmed and stored lower-cased; `name` defaults to the part before `@`. Starts a session (a refresh-token family).",
    request: jsonBody(R.registerSchema),
    responses: {
      201: ok(A.authResponseSchema, "Signed in", { ...noStore, ...setCookie }),
      ...errors({ 403: true, 409: ["email_taken"], body: true }),
    },
  },
  {
    method: "post",
    path: "/auth/login",
    operationId: "login",
    security: PUBLIC,
    tags: ["auth"],
    summary: "Sign in with email and password",
    description:
      "Rate limited per email (5 failures in 15 minutes) and per client address (`LOGIN_IP_MAX_FAILURES`); a present `Origin` must be this site's (login CSRF).",
    request: jsonBody(R.loginSchema),
    responses: {
      200: ok(A.authResponseSchema, "Signed in", { ...noStore, ...setCookie }),
      ...errors({ 401: ["invalid_credentials"], 403: true, 429: true, body: true }),
    },
  },
  {
    method: "post",
    path: "/auth/refresh",
    operationId: "refresh",
    tags: ["auth"],
    summary: "Spend a refresh token for a new pair (rotation)",
    description:
      "The body's `refresh_token` wins, even `\"\"`; without one the `refresh_token` cookie is used, and then `Origin` must be this site's. A used token presented again revokes its whole family, except within the grace window (`REFRESH_REUSE_GRACE_SECONDS`). Any `Authorization` header is ignored.",
    security: [...PUBLIC, { refreshCookie: [] }],
    request: optionalJsonBody(R.refreshSchema, "Empty in cookie mode"),
    responses: {
      200: ok(A.tokenResponseSchema, "A new access token and the rotated refresh token", { ...noStore, ...setCookie }),
      ...errors({ 401: ["invalid_grant"], 403: true, body: true }),
    },
  },
  {
    method: "post",
    path: "/auth/logout",
    operationId: "logout",
    tags: ["auth"],
    summary: "End the session the refresh token belongs to",
    description:
      "Any token that ever existed (live, used, expired or revoked) revokes its family and clears the cookie; logout is never treated as reuse.",
    security: [...PUBLIC, { refreshCookie: [] }],
    request: optionalJsonBody(R.refreshSchema, "Empty in cookie mode"),
    responses: {
      204: noContent("Signed out", setCookie),
      ...errors({ 401: ["invalid_grant"], 403: true, body: true }),
    },
  },
  {
    method: "post",
    path: "/auth/logout-all",
    operationId: "logoutAll",
    tags: ["auth"],
    summary: "End every session of the caller",
    security: BEARER,
    responses: { 204: noContent("Every session revoked", setCookie), ...errors({ 401: BEARER_401 }) },
  },
  {
    method: "get",
    path: "/auth/me",
    operationId: "getMe",
    tags: ["auth"],
    summary: "The signed-in user",
    security: BEARER,
    responses: { 200: ok(A.meResponseSchema, "The caller"), ...errors({ 401: BEARER_401 }) },
  },
  {
    method: "get",
    path: "/auth/sessions",
    operationId: "listSessions",
    tags: ["sessions"],
    summary: "The caller's sessions: live (default), or ended in the last 30 days",
    security: BEARER,
    request: { query: R.sessionsQuerySchema },
    responses: {
      200: ok(
        z.union([A.sessionListSchema, A.endedSessionListSchema]),
        "`state=live`: `SessionList`, newest first; `state=ended`: `EndedSessionList`, the most recently ended first",
      ),
      ...errors({ 401: BEARER_401 }),
    },
  },
  {
    method: "get",
    path: "/auth/sessions/{id}/tokens",
    operationId: "listSessionTokens",
    tags: ["sessions"],
    summary: "The refresh-token family of one of the caller's sessions, oldest first",
    security: BEARER,
    request: { params: sessionId },
    responses: { 200: ok(A.sessionTokensSchema, "The family", noStore), ...errors({ 401: BEARER_401, 404: true }) },
  },
  {
    method: "delete",
    path: "/auth/sessions/{id}",
    operationId: "revokeSession",
    tags: ["sessions"],
    summary: "Revoke one of the caller's sessions (the current one included)",
    security: BEARER,
    request: { params: sessionId },
    responses: { 204: noContent("Revoked"), ...errors({ 401: BEARER_401, 404: true }) },
  },
  {
    method: "get",
    path: "/products",
    operationId: "listProducts",
    tags: ["catalog"],
    summary: "Search and list products",
    description: "Public. Unknown parameters are ignored; a known one given twice is 400; an empty `q` or `category` is no filter.",
    security: [...PUBLIC, ...BEARER],
    request: { query: R.productQuerySchema },
    responses: { 200: ok(A.productListSchema, "One page of matches"), ...errors({ 401: OPTIONAL_BEARER_401 }) },
  },
  {
    method: "get",
    path: "/products/{slug}",
    operationId: "getProduct",
    tags: ["catalog"],
    summary: "One product",
    security: [...PUBLIC, ...BEARER],
    request: { params: z.object({ slug: z.string() }) },
    responses: { 200: ok(A.productSchema, "The product"), ...errors({ 401: OPTIONAL_BEARER_401, 404: true }) },
  },
  {
    method: "get",
    path: "/cart",
    operationId: "getCart",
    tags: ["cart"],
    summary: "The caller's cart",
    security: BEARER,
    responses: { 200: ok(A.cartSchema, "The cart"), ...errors({ 401: BEARER_401 }) },
  },
  {
    method: "post",
    path: "/cart/items",
    operationId: "addCartItem",
    tags: ["cart"],
    summary: "Add to a line (creating it)",
    description: "A line past 99 is 400 (checked first); past the stock is 409 `out_of_stock` with the line's resulting quantity.",
    security: BEARER,
    request: jsonBody(R.addCartItemSchema),
    responses: {
      200: ok(A.cartSchema, "The cart"),
      ...errors({ 401: BEARER_401, 404: true, 409: ["out_of_stock"], body: true }),
    },
  },
  {
    method: "patch",
    path: "/cart/items/{product_id}",
    operationId: "setCartItemQuantity",
    tags: ["cart"],
    summary: "Set a line's quantity (0 removes it)",
    security: BEARER,
    request: { params: productId, ...jsonBody(R.setCartQuantitySchema) },
    responses: {
      200: ok(A.cartSchema, "The cart"),
      ...errors({ 401: BEARER_401, 404: true, 409: ["out_of_stock"], body: true }),
    },
  },
  {
    method: "delete",
    path: "/cart/items/{product_id}",
    operationId: "removeCartItem",
    tags: ["cart"],
    summary: "Remove a line (also when it was not there)",
    security: BEARER,
    request: { params: productId },
    responses: { 200: ok(A.cartSchema, "The cart"), ...errors({ 401: BEARER_401 }) },
  },
  {
    method: "post",
    path: "/checkout",
    operationId: "checkout",
    tags: ["orders"],
    summary: "Turn the cart into an order, once per Idempotency-Key",
    description:
      "Checks run in this order: validation, the key (replay or conflict), the cart. Only a 201 binds a key; a key whose request never finished blocks it for at most 30 seconds.",
    security: BEARER,
    request: {
      headers: z.object({
        "Idempotency-Key": R.idempotencyKeySchema.meta({ description: "1 to 255 printable ASCII characters, per user" }),
      }),
      ...jsonBody(R.checkoutSchema),
    },
    responses: {
      201: ok(A.orderSchema, "The order, placed"),
      200: ok(A.orderSchema, "A replay of the same key with a JSON-equal body: the same order, nothing changed", {
        "Idempotent-Replayed": { description: "`true`", required: true, schema: { type: "string", const: "true" } },
      }),
      ...errors({ 401: BEARER_401, 409: ["idempotency_conflict", "cart_empty", "out_of_stock"], body: true }),
    },
  },
  {
    method: "get",
    path: "/orders",
    operationId: "listOrders",
    tags: ["orders"],
    summary: "The caller's orders, newest first",
    security: BEARER,
    responses: { 200: ok(A.orderListSchema, "The orders"), ...errors({ 401: BEARER_401 }) },
  },
  {
    method: "get",
    path: "/orders/{id}",
    operationId: "getOrder",
    tags: ["orders"],
    summary: "One of the caller's orders (another user's is 404)",
    security: BEARER,
    request: { params: z.object({ id: z.string() }) },
    responses: { 200: ok(A.orderSchema, "The order"), ...errors({ 401: BEARER_401, 404: true }) },
  },
  {
    method: "post",
    path: "/demo/expire-access-token",
    operationId: "expireAccessToken",
    tags: ["demo"],
    summary: "An already expired access token for the caller's session (only with DEMO_TOOLS=1)",
    description: "Without `DEMO_TOOLS=1` the path is the 404 of any unknown path.",
    security: BEARER,
    responses: {
      200: ok(A.expiredTokenResponseSchema, "A correctly signed token whose `exp` has passed", noStore),
      ...errors({ 401: BEARER_401, 404: true }),
    },
  },
  {
    method: "get",
    path: "/health",
    operationId: "health",
    security: PUBLIC,
    tags: ["meta"],
    summary: "Liveness: no database, no authentication",
    responses: { 200: ok(A.healthSchema, "Up"), ...errors({}) },
  },
  {
    method: "get",
    path: "/openapi.json",
    operationId: "openApi",
    security: PUBLIC,
    tags: ["meta"],
    summary: "This document",
    responses: { 200: { description: "OpenAPI 3.1", content: { "application/json": { schema: { type: "object" } } } }, ...errors({}) },
  },
];

const DESCRIPTION = `The HTTP API of the shop. docs/api.md explains every rule in prose; this document is generated from the zod schemas the routes use.

Every error has one body shape, \`{ "error": { "code", "message", "details" } }\`, and every 401 a \`WWW-Authenticate\` header.
A path answers a method it does not serve with 405 \`method_not_allowed\` and an \`Allow\` header; \`OPTIONS\` answers 204 with that \`Allow\`; \`HEAD\` follows \`GET\`; an unknown path under /api/v1 is 404 \`not_found\` for every method.
A body is JSON (\`Content-Type: application/json\`) of at most ${MAX_BODY_BYTES / 1024} KiB, an object nested at most ${MAX_JSON_DEPTH} levels deep.
Checks run in this order: authentication, validation, then the rest.`;

let built: object | undefined;

/** The document (built once per process: the schemas do not change while it runs). */
export function openApiDocument(): object {
  if (built) return built;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    bearerFormat: "JWT",
    description: "The access token (typ `at+jwt`, HS256), short-lived; refresh it on 401 `token_expired`",
  });
  registry.registerComponent("securitySchemes", "refreshCookie", {
    type: "apiKey",
    in: "cookie",
    name: "refresh_token",
    description: "Cookie mode: the HttpOnly refresh token, sent only to /api/v1/auth, with an `Origin` of this site",
  });
  for (const route of ROUTES) registry.registerPath(route);
  built = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: { title: "Two-Token Shop API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: "/api/v1" }],
    tags: [
      { name: "auth", description: "Sign-in, the two tokens, rotation, sign-out" },
      { name: "sessions", description: "Refresh-token families: live, ended, and their tokens" },
      { name: "catalog", description: "Public product reads" },
      { name: "cart", description: "The caller's cart" },
      { name: "orders", description: "Checkout and orders" },
      { name: "demo", description: "Teaching tools, off in production" },
      { name: "meta", description: "Health and this document" },
    ],
  });
  return built;
}
