// Adding to the cart opens the cart drawer: what was added, the lines, the subtotal and the
// way on. It is modal: focus stays inside, Escape closes it, and focus returns to the
// button that opened it. The shop's other confirmations are toasts in a live region.
import { expect, test } from "./fixtures";
import { PRODUCTS, accountMenu, addToCart, cartDrawer, expectAccessible, openSignedOut } from "./helpers";

test("adding opens the drawer with the lines and the subtotal; Tab stays inside, Escape closes it, focus returns", async ({ page }) => {
  await openSignedOut(page, `/products/${PRODUCTS.pen.slug}`);
  const add = page.getByRole("button", { name: "Add to cart" });
  await add.click();

  const drawer = cartDrawer(page);
  await expect(drawer.getByRole("status")).toHaveText(`Added 1 × ${PRODUCTS.pen.name} to your cart.`);
  await expect(drawer.getByRole("list", { name: "Items in your cart" }).getByRole("listitem")).toHaveCount(1);
  await expect(drawer.getByRole("link", { name: PRODUCTS.pen.name })).toBeVisible();
  await expect(drawer.getByText(/^Subtotal \(1 item\)/)).toBeVisible();
  await expect(drawer.getByRole("link", { name: "View cart" })).toHaveAttribute("href", "/cart");
  await expect(drawer.getByRole("link", { name: "Sign in to check out" })).toHaveAttribute("href", /^\/login\?next=%2Fcheckout/);
  await expect(drawer.getByRole("button", { name: "Close cart" })).toBeFocused();
  await expectAccessible(page, "the open cart drawer");

  // Focus never leaves the drawer, forwards or backwards.
  const inDrawer = () => page.evaluate(() => !!document.activeElement?.closest("dialog[open]"));
  for (let step = 0; step < 6; step++) {
    await page.keyboard.press("Tab");
    expect(await inDrawer(), `after ${step + 1} × Tab`).toBe(true);
  }
  await drawer.getByRole("button", { name: "Close cart" }).focus();
  await page.keyboard.press("Shift+Tab");
  await expect(drawer.getByRole("link", { name: "View cart" })).toBeFocused();

  await page.keyboard.press("Escape");
  await expect(drawer).toBeHidden();
  await expect(add).toBeFocused();

  // A second add shows both quantities; "View cart" leads to the cart page, which stays.
  await add.click();
  await expect(drawer.getByRole("status")).toHaveText(`Added 1 × ${PRODUCTS.pen.name} to your cart.`);
  await expect(drawer.getByText(/^Subtotal \(2 items\)/)).toBeVisible();
  await expect(drawer.getByText("2 ×", { exact: false })).toBeVisible();
  await drawer.getByRole("link", { name: "View cart" }).click();
  await expect(page).toHaveURL("/cart");
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: "Your cart" })).toBeVisible();
  await expect(page.getByRole("spinbutton", { name: `Quantity of ${PRODUCTS.pen.name}` })).toHaveValue("2");
});

test("registration and sign-out confirm themselves in the live region", async ({ page }) => {
  await openSignedOut(page, "/register");
  const notifications = page.getByRole("status", { name: "Notifications" });
  await expect(notifications).toHaveAttribute("aria-live", "polite");
  await expect(notifications).toBeEmpty();
  await page.getByLabel("Name (optional)").fill("Mira");
  await page.getByLabel("Email").fill(`mira-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(notifications).toContainText("Welcome, Mira! Your account is ready.");
  await expect(page).toHaveURL("/");

  await addToCart(page, PRODUCTS.hammock);
  await accountMenu(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(notifications).toContainText("You're signed out.");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
});
