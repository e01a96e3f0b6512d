// Every error code of the API (docs/api.md, "Errors"). Kept apart from the zod schemas
// so that code which only needs the names pulls no validation library into a bundle.
export const ERROR_CODES = [
  "invalid_request",
  "unauthorized",
  "token_expired",
  "invalid_token",
  "invalid_credentials",
  "invalid_grant",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "out_of_stock",
  "email_taken",
  "cart_empty",
  "idempotency_conflict",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
