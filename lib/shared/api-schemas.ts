// The response bodies of the API (docs/api.md) as zod schemas: the one source of the
// TypeScript types (lib/shared/api-types.ts), of what the routes send (lib/server/http.ts
// `json()` passes every body through its schema, which drops any field the contract does
// not name), and of the OpenAPI document (lib/server/openapi.ts). The request bodies
// live beside them in ./schemas.ts. `meta({ id })` names a schema in the document.
import { z } from "zod";
import { ERROR_CODES } from "./error-codes";

const timestamp = z.iso.datetime({ offset: true }).meta({ description: "ISO 8601, UTC" });
const cents = z.number().int().meta({ description: "Integer cents of `currency`" });
const currency = z.string().meta({ description: "ISO 4217 code", example: "EUR" });

export const errorCodeSchema = z.enum(ERROR_CODES).meta({ id: "ErrorCode" });

/** The one error body of every non-2xx answer. */
export function errorBodySchema<C extends readonly [string, ...string[]]>(codes: C) {
  return z.object({
    error: z.object({
      code: z.enum(codes),
      message: z.string().meta({ description: "For people; never parse it" }),
      details: z.record(z.string(), z.unknown()).meta({ description: "Always an object; empty when there is nothing to add" }),
    }),
  });
}
export const apiErrorBodySchema = errorBodySchema(ERROR_CODES).meta({ id: "Error" });

export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() }).meta({ id: "User" });

export const tokenResponseSchema = z
  .object({
    access_token: z.string().meta({ description: "A JWT (typ at+jwt, HS256) to send as `Authorization: Bearer …`" }),
    refresh_token: z
      .string()
      .optional()
      .meta({ description: "Opaque, single use. Absent when the refresh token travels in the HttpOnly cookie" }),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().meta({ description: "Seconds the access token lives, from now" }),
    refresh_expires_in: z.number().int().meta({ description: "Seconds the refresh token truly has left" }),
  })
  .meta({ id: "TokenResponse" });

export const authResponseSchema = tokenResponseSchema.extend({ user: userSchema }).meta({ id: "AuthResponse" });

export const meResponseSchema = z.object({ user: userSchema }).meta({ id: "MeResponse" });

export const sessionSchema = z
  .object({
    id: z.string().meta({ description: "The family id: the `sid` claim of its access tokens" }),
    created_at: timestamp,
    last_used_at: timestamp,
    expires_at: timestamp.meta({ description: "When the session ends unless refreshed" }),
    user_agent: z.string().nullable(),
    current: z.boolean().meta({ description: "True for the session of the access token that asked" }),
  })
  .meta({ id: "Session" });

export const SESSION_END_REASONS = ["logout", "logout_all", "revoked", "reuse_detected", "expired"] as const;

export const endedSessionSchema = z
  .object({
    id: z.string(),
    created_at: timestamp,
    last_used_at: timestamp,
    ended_at: timestamp,
    end_reason: z.enum(SESSION_END_REASONS),
    user_agent: z.string().nullable(),
  })
  .meta({ id: "EndedSession" });

export const sessionListSchema = z.object({ sessions: z.array(sessionSchema) }).meta({ id: "SessionList" });
export const endedSessionListSchema = z.object({ sessions: z.array(endedSessionSchema) }).meta({ id: "EndedSessionList" });

/** What `revoke_reason` of a refresh token can say. */
export const TOKEN_REVOKE_REASONS = ["logout", "logout_all", "revoked", "reuse_detected"] as const;

export const familyTokenSchema = z
  .object({
    id: z.string(),
    parent_id: z.string().nullable().meta({ description: "The token it was rotated from; null for the login's" }),
    fingerprint: z
      .string()
      .regex(/^[0-9a-f]{8}$/)
      .meta({ description: "First 8 hex digits of the stored SHA-256: tells tokens apart, useless for replay" }),
    issued_at: timestamp,
    used_at: timestamp.nullable(),
    expires_at: timestamp,
    revoked_at: timestamp.nullable(),
    revoke_reason: z.enum(TOKEN_REVOKE_REASONS).nullable(),
  })
  .meta({ id: "FamilyToken" });

export const sessionTokensSchema = z.object({ session_id: z.string(), tokens: z.array(familyTokenSchema) }).meta({ id: "SessionTokens" });

export const productSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    price_cents: cents,
    currency,
    image_url: z.string(),
    category: z.string(),
    stock: z.number().int(),
    created_at: timestamp,
  })
  .meta({ id: "Product" });

export const productListSchema = z
  .object({
    items: z.array(productSchema),
    page: z.number().int(),
    limit: z.number().int(),
    total: z.number().int().meta({ description: "Every match, on all pages" }),
    categories: z.array(z.string()).meta({ description: "Every category of the shop" }),
  })
  .meta({ id: "ProductList" });

export const cartLineSchema = z
  .object({
    product_id: z.string(),
    slug: z.string(),
    name: z.string(),
    price_cents: cents,
    quantity: z.number().int(),
    line_total_cents: cents,
    image_url: z.string(),
    stock: z.number().int(),
  })
  .meta({ id: "CartLine" });

export const cartSchema = z
  .object({
    items: z.array(cartLineSchema).meta({ description: "In the order they were added" }),
    subtotal_cents: cents,
    currency,
    item_count: z.number().int().meta({ description: "The sum of the quantities" }),
  })
  .meta({ id: "Cart" });

export const shippingSchema = z
  .object({ name: z.string(), address: z.string(), city: z.string(), postal_code: z.string(), country: z.string() })
  .meta({ id: "Shipping" });

export const orderSchema = z
  .object({
    id: z.string(),
    status: z.literal("placed"),
    items: z.array(z.object({ product_id: z.string(), name: z.string(), price_cents: cents, quantity: z.number().int() })),
    total_cents: cents,
    currency,
    shipping: shippingSchema,
    created_at: timestamp,
  })
  .meta({ id: "Order" });

export const orderListSchema = z.object({ orders: z.array(orderSchema) }).meta({ id: "OrderList" });

export const outOfStockItemSchema = z
  .object({ product_id: z.string(), requested: z.number().int(), available: z.number().int() })
  .meta({ id: "OutOfStockItem" });

export const expiredTokenResponseSchema = z
  .object({ access_token: z.string(), token_type: z.literal("Bearer"), expires_in: z.literal(0) })
  .meta({ id: "ExpiredTokenResponse" });

export const healthSchema = z.object({ status: z.literal("ok") }).meta({ id: "Health" });
