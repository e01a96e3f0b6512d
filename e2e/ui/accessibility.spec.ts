// axe-core on every page, as a guest and signed in, in the states a shopper meets (empty,
// filled, with form errors, not found): no serious or critical violations.
import { expect, test } from "./fixtures";
import { PRODUCTS, openAccountMenu, addToCart, expectAccessible, fillShipping, newAccount, openSignedOut, signInThroughForm } from "./helpers";

test("the catalog", async ({ page }) => {
  await openSignedOut(page, "/");
  await expect(page.getByRole("heading", { name: "New arrivals" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3 }).first()).toBeVisible();
  await expectAccessible(page, "the home page");

  await page.goto("/products?category=Kitchen&sort=price_asc");
  await expect(page.getByText(/^Showing 1–\d+ of \d+ products$/)).toBeVisible();
  await expectAccessible(page, "the product listing");

  await page.goto("/products?q=no-such-thing-anywhere");
  await expect(page.getByText("No products match")).toBeVisible();
  await expectAccessible(page, "an empty search");

  await page.goto(`/products/${PRODUCTS.tee.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: PRODUCTS.tee.name })).toBeVisible();
  await expectAccessible(page, "a product page");
});

test("a guest's cart, the sign-in pages and the 404 page", async ({ page }) => {
  await openSignedOut(page, "/cart");
  await expect(page.getByText("Your cart is empty")).toBeVisible();
  await expectAccessible(page, "the empty cart");

  await addToCart(page, PRODUCTS.pen);
  await page.getByRole("link", { name: "Cart, 1 item" }).click();
  await expect(page.getByRole("link", { name: "Sign in to check out" })).toBeVisible();
  await expectAccessible(page, "a guest's cart");

  await page.goto("/login?next=%2Fcart&reason=session_expired");
  await expect(page.getByText("Your session has ended")).toBeVisible();
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Must be an email address like name@example.com")).toBeVisible();
  await expect(page.getByText("Required")).toBeVisible();
  await expectAccessible(page, "the sign-in page with errors");

  await page.goto("/register");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Must be at least 8 characters")).toBeVisible();
  await expectAccessible(page, "the registration page with errors");

  for (const path of ["/no-such-page", "/products/no-such-product"]) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page is not on our shelves" })).toBeVisible();
    await expectAccessible(page, `the 404 page at ${path}`);
  }
});

test("the account, the cart and checkout", async ({ page, request }) => {
  const account = await newAccount(request);
  await openSignedOut(page, "/login?next=%2Faccount");
  await signInThroughForm(page, account);
  await expect(page.getByText("This device", { exact: true })).toBeVisible();
  await expectAccessible(page, "the account page");

  await openAccountMenu(page);
  await expect(page.getByRole("link", { name: "Orders" })).toBeVisible();
  await expectAccessible(page, "the open account menu");
  await page.getByRole("link", { name: "Orders" }).click();
  await expect(page.getByText("No orders yet")).toBeVisible();
  await expectAccessible(page, "no orders yet");

  await addToCart(page, PRODUCTS.board);
  await page.getByRole("link", { name: "Cart, 1 item" }).click();
  await expect(page.getByRole("link", { name: "Check out" })).toBeVisible();
  await expectAccessible(page, "the cart");

  await page.getByRole("link", { name: "Check out" }).click();
  await page.getByLabel("Full name").fill("");
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByText("Required").first()).toBeVisible();
  await expectAccessible(page, "the checkout with errors");
});

test("placing an order, the orders list and an order", async ({ page, request }) => {
  const account = await newAccount(request);
  await openSignedOut(page, "/login?next=%2Fcheckout");
  await signInThroughForm(page, account);
  await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
  await expectAccessible(page, "the checkout with an empty cart");
  await addToCart(page, PRODUCTS.board);
  await page.getByRole("link", { name: "Cart, 1 item" }).click();
  await page.getByRole("link", { name: "Check out" }).click();
  await fillShipping(page);
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, your order is placed" })).toBeVisible();
  await expectAccessible(page, "the order confirmation");

  await page.getByRole("link", { name: "All orders" }).click();
  await expect(page.getByRole("link", { name: /^Order #/ })).toHaveCount(1);
  await expectAccessible(page, "the orders list");

  await page.getByRole("link", { name: /^Order #/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Order #/ })).toBeVisible();
  await expectAccessible(page, "an order");

  await page.goto("/orders/not-an-order");
  await expect(page.getByText("We can't find that order")).toBeVisible();
  await expectAccessible(page, "an unknown order");
});
