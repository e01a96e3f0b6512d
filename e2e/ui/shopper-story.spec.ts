// The shopper's story in the classic localStorage mode, end to end in a real browser
// against the production build, with access tokens that live 3 seconds: switch the mode,
// sign in, fill the cart, let the token expire, check out. The shopper never sees the
// sign-in page again, and every expiry costs exactly one refresh. The same story in the
// recommended cookie mode is e2e/demo/shopper-story.spec.ts.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import {
  AuthTraffic,
  PRODUCTS,
  openAccountMenu,
  addToCart,
  expectCartCount,
  fillShipping,
  neverShowsLogin,
  newAccount,
  signInThroughForm,
  withoutProactiveRefresh,
  type Account,
} from "./helpers";

test.beforeEach(async ({ context }) => {
  await withoutProactiveRefresh(context);
});

/** From a signed-in home page: two products, an expiry, checkout, confirmation. */
async function shopAndCheckOut(page: Page, traffic: AuthTraffic, request: Parameters<AuthTraffic["waitUntilTokenExpired"]>[0]) {
  const checkLogin = neverShowsLogin(page);

  await addToCart(page, PRODUCTS.tee);
  await addToCart(page, PRODUCTS.board, 2);
  await expectCartCount(page, 3);

  // The access token runs out while the shopper looks around; the cart loads anyway.
  await traffic.waitUntilTokenExpired(request);
  await page.getByRole("link", { name: "Cart, 3 items" }).click();
  await expect(page.getByRole("heading", { name: "Your cart" })).toBeVisible();
  await expect(page.getByRole("link", { name: PRODUCTS.tee.name })).toBeVisible();
  await expect(page.getByRole("link", { name: PRODUCTS.board.name })).toBeVisible();
  await expect(page.getByText("Subtotal (3 items)")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "$108.00" })).toBeVisible(); // 24.00 + 2 × 42.00

  await page.getByRole("link", { name: "Check out" }).click();
  await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
  await fillShipping(page);

  // Expired again by the time the order is placed: the checkout request meets a 401,
  // the client refreshes once and sends the same request, with the same Idempotency-Key.
  await traffic.waitUntilTokenExpired(request);
  const checkoutRequests: { key: string | undefined; status: number }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/api/v1/checkout") {
      checkoutRequests.push({ key: response.request().headers()["idempotency-key"], status: response.status() });
    }
  });
  await page.getByRole("button", { name: "Place order" }).click();

  await expect(page.getByRole("heading", { name: "Thank you, your order is placed" })).toBeVisible();
  await expect(page.getByRole("cell", { name: PRODUCTS.tee.name })).toBeVisible();
  await expect(page.getByRole("cell", { name: PRODUCTS.board.name })).toBeVisible();
  await expect(page.getByText("$108.00")).toBeVisible();
  await expect(page.getByRole("link", { name: "Cart, 0 items" })).toBeVisible();
  expect(checkoutRequests.map((r) => r.status)).toEqual([401, 201]);
  expect(checkoutRequests[0]!.key).toBeTruthy();
  expect(checkoutRequests[1]!.key).toBe(checkoutRequests[0]!.key);

  checkLogin();
  await traffic.expectOneRefreshPerExpiry();
}

/** Signs in from the home page; the returned watcher starts after the page's first silent-refresh attempt. */
async function signInFromHome(page: Page, account: Account): Promise<AuthTraffic> {
  await page.goto("/");
  await page.getByRole("link", { name: "Sign in" }).click();
  const traffic = new AuthTraffic(page);
  await signInThroughForm(page, account);
  await expect(page).toHaveURL("/");
  return traffic;
}

test("localStorage mode (switched on the account page): sign in, fill the cart, the token expires twice, check out, never see the login page", async ({
  page,
  request,
}) => {
  const account = await newAccount(request);
  await signInFromHome(page, account);

  await openAccountMenu(page);
  await page.getByRole("link", { name: "Account and devices" }).click();
  // click(), not check(): the page leaves at once, so there is no radio left to verify.
  await page.getByRole("radio", { name: /localStorage \(classic tutorial\)/ }).click();
  // The tokens of the old mode are gone: sign in again, and the new ones go to localStorage.
  await expect(page.getByText("Token storage changed")).toBeVisible();
  const traffic = new AuthTraffic(page);
  await signInThroughForm(page, account);
  await expect(page).toHaveURL("/account");
  await expect(page.getByRole("radio", { name: /localStorage/ })).toBeChecked();
  expect(await page.evaluate(() => typeof localStorage.getItem("refresh_token"))).toBe("string");

  await shopAndCheckOut(page, traffic, request);
});
