// The shapes of API.md, shared by the route handlers and the browser client.

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

export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; details: Record<string, unknown> };
};

export type UserDto = { id: string; email: string; name: string };

export type TokenResponse = {
  access_token: string;
  /** Absent when the refresh token travels in the HttpOnly cookie. */
  refresh_token?: string;
  token_type: "Bearer";
  expires_in: number;
  refresh_expires_in: number;
};

export type AuthResponse = TokenResponse & { user: UserDto };

export type SessionDto = {
  id: string;
  created_at: string;
  last_used_at: string;
  expires_at: string;
  user_agent: string | null;
  current: boolean;
};

export type ProductDto = {
  id: string;
  slug: string;
  name: string;
  description: string;
  price_cents: number;
  currency: string;
  image_url: string;
  category: string;
  stock: number;
  created_at: string;
};

export type ProductListDto = {
  items: ProductDto[];
  page: number;
  limit: number;
  total: number;
  categories: string[];
};

export type CartLineDto = {
  product_id: string;
  slug: string;
  name: string;
  price_cents: number;
  quantity: number;
  line_total_cents: number;
  image_url: string;
  stock: number;
};

export type CartDto = {
  items: CartLineDto[];
  subtotal_cents: number;
  currency: string;
  item_count: number;
};

export type ShippingDto = {
  name: string;
  address: string;
  city: string;
  postal_code: string;
  country: string;
};

export type OrderDto = {
  id: string;
  status: "placed";
  items: { product_id: string; name: string; price_cents: number; quantity: number }[];
  total_cents: number;
  currency: string;
  shipping: ShippingDto;
  created_at: string;
};

export type OutOfStockItem = { product_id: string; requested: number; available: number };

/** POST /demo/expire-access-token (only with DEMO_TOOLS=1): an already expired access token. */
export type ExpiredTokenResponse = {
  access_token: string;
  token_type: "Bearer";
  expires_in: 0;
};
