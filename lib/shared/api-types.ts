// The TypeScript types of the API's bodies, inferred from the zod schemas in
// ./api-schemas.ts (so they cannot drift from what the routes send and the OpenAPI
// document describes). Type-only imports: nothing here reaches a bundle.
import type { z } from "zod";
import type * as S from "./api-schemas";

export { ERROR_CODES, type ErrorCode } from "./error-codes";

export type ApiErrorBody = z.infer<typeof S.apiErrorBodySchema>;
export type UserDto = z.infer<typeof S.userSchema>;
export type TokenResponse = z.infer<typeof S.tokenResponseSchema>;
export type AuthResponse = z.infer<typeof S.authResponseSchema>;
export type SessionDto = z.infer<typeof S.sessionSchema>;
export type EndedSessionDto = z.infer<typeof S.endedSessionSchema>;
export type SessionEndReason = EndedSessionDto["end_reason"];
export type FamilyTokenDto = z.infer<typeof S.familyTokenSchema>;
export type SessionTokensDto = z.infer<typeof S.sessionTokensSchema>;
export type ProductDto = z.infer<typeof S.productSchema>;
export type ProductListDto = z.infer<typeof S.productListSchema>;
export type CartLineDto = z.infer<typeof S.cartLineSchema>;
export type CartDto = z.infer<typeof S.cartSchema>;
export type ShippingDto = z.infer<typeof S.shippingSchema>;
export type OrderDto = z.infer<typeof S.orderSchema>;
export type OutOfStockItem = z.infer<typeof S.outOfStockItemSchema>;
/** POST /demo/expire-access-token (only with DEMO_TOOLS=1): an already expired access token. */
export type ExpiredTokenResponse = z.infer<typeof S.expiredTokenResponseSchema>;
