// When the server ends the session (here: "log out everywhere" from another device), the
// next refresh is refused; the shopper lands on the sign-in page with the reason, and
// signing in brings them back to the same page with their cart as it was.
import { bearer } from "../api/helpers";
import { expect, test } from "./fixtures";
import { PRODUCTS, accountMenu, addToCart, expectCartCount, openSignedOut, newAccount, signInThroughForm } from "./helpers";

test("a session revoked from another device sends the shopper to sign in and back, cart intact", async ({ page, request }) => {
  const account = await newAccount(request);
  await openSignedOut(page, "/login");
  await signInThroughForm(page, account);
  await addToCart(page, PRODUCTS.pen, 2);
  await page.getByRole("link", { name: "Cart, 2 items" }).click();
  await expect(page.getByRole("link", { name: PRODUCTS.pen.name })).toBeVisible();

  // Another device: sign in as the same shopper and end every session.
  const login = await request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } });
  expect(login.status()).toBe(200);
  const { access_token } = await login.json();
  expect((await request.post("/api/v1/auth/logout-all", { headers: bearer(access_token) })).status()).toBe(204);

  // Within one access-token life this tab tries to refresh, is refused, and says why.
  await expect(page).toHaveURL(/\/login\?next=%2Fcart&reason=session_expired$/, { timeout: 15_000 });
  await expect(page.getByText("Your session has ended")).toBeVisible();
  await expect(accountMenu(page)).toHaveCount(0);

  await signInThroughForm(page, account);
  await expect(page).toHaveURL("/cart");
  await expect(page.getByRole("link", { name: PRODUCTS.pen.name })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: `Quantity of ${PRODUCTS.pen.name}` })).toHaveValue("2");
  await expectCartCount(page, 2);
});
