// A guest's cart lives in localStorage; signing in merges it into the account's server
// cart (quantities added) and empties the guest cart.
import { bearer } from "../api/helpers";
import { expect, test } from "./fixtures";
import { PRODUCTS, addToCart, expectCartCount, newAccount, openSignedOut, signInThroughForm } from "./helpers";
import type { CartDto, ProductDto } from "@/lib/shared/api-types";

test("a guest fills a cart, signs in at checkout, and the server cart has it all", async ({ page, request }) => {
  const account = await newAccount(request);
  // The account already has one tee in its server cart from another visit.
  const product = async (slug: string): Promise<ProductDto> => (await request.get(`/api/v1/products/${slug}`)).json();
  const tee = await product(PRODUCTS.tee.slug);
  const session = await (await request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } })).json();
  const seeded = await request.post("/api/v1/cart/items", { data: { product_id: tee.id, quantity: 1 }, headers: bearer(session.access_token) });
  expect(seeded.status()).toBe(200);

  await openSignedOut(page, "/");
  await addToCart(page, PRODUCTS.tee, 2);
  await addToCart(page, PRODUCTS.hammock);
  await expectCartCount(page, 3);
  const guestCart = await page.evaluate(() => localStorage.getItem("shop.guest-cart"));
  expect(guestCart).toContain(tee.id);

  await page.getByRole("link", { name: "Cart, 3 items" }).click();
  await expect(page.getByRole("link", { name: PRODUCTS.hammock.name })).toBeVisible();
  await page.getByRole("link", { name: "Sign in to check out" }).click();
  await expect(page).toHaveURL(/\/login\?next=%2Fcheckout$/);
  await signInThroughForm(page, account);

  await expect(page).toHaveURL("/checkout");
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await expectCartCount(page, 4);
  await expect(page.getByText(`3 × ${PRODUCTS.tee.name}`)).toBeVisible();
  await expect(page.getByText(`1 × ${PRODUCTS.hammock.name}`)).toBeVisible();

  // The server has the merged cart; the browser has no guest cart left.
  const fresh = await (await request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } })).json();
  const cart: CartDto = await (await request.get("/api/v1/cart", { headers: bearer(fresh.access_token) })).json();
  expect(cart.items.map((line) => [line.slug, line.quantity])).toEqual([
    [PRODUCTS.tee.slug, 3],
    [PRODUCTS.hammock.slug, 1],
  ]);
  expect(await page.evaluate(() => localStorage.getItem("shop.guest-cart"))).toBeNull();
});
