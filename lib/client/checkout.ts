// Placing the order. The page creates one Idempotency-Key per checkout attempt and keeps
// it; the API client retries a request after a refresh with the very same headers, so an
// access token that expires mid-checkout (or a double click, or a lost answer sent again)
// can never create two orders: the server answers a repeated key with the first order.
import type { OrderDto, ShippingDto } from "@/lib/shared/api-types";
import { getApiClient, type ApiFetch } from "./client";
import { useCartStore } from "./cart-store";

export function placeOrderWith(api: ApiFetch, shipping: ShippingDto, idempotencyKey: string): Promise<OrderDto> {
  return api<OrderDto>("/checkout", { method: "POST", body: { shipping }, headers: { "Idempotency-Key": idempotencyKey } });
}

export async function placeOrder(shipping: ShippingDto, idempotencyKey: string): Promise<OrderDto> {
  const order = await placeOrderWith(getApiClient().apiFetch, shipping, idempotencyKey);
  void useCartStore.getState().load(); // the server emptied the cart
  return order;
}
