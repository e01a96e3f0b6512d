// The cart page: quantity controls, line totals, subtotal and the header badge, for a
// signed-in shopper (the server cart) and a guest (the cart in localStorage).
import { expect, test } from "./fixtures";
import { PRODUCTS, addToCart, expectCartCount, newAccount, openSignedOut, signInThroughForm } from "./helpers";

for (const who of ["guest", "signed-in shopper"] as const) {
  test(`a ${who} changes quantities and removes lines`, async ({ page, request }) => {
    await openSignedOut(page, "/login");
    if (who === "signed-in shopper") await signInThroughForm(page, await newAccount(request));
    await addToCart(page, PRODUCTS.tee, 2); // $24.00 each
    await addToCart(page, PRODUCTS.pen); // $29.99
    await page.getByRole("link", { name: "Cart, 3 items" }).click();

    const summary = page.getByRole("region", { name: "Summary" });
    await expect(summary.getByText("Subtotal (3 items)")).toBeVisible();
    await expect(summary.getByText("$77.99")).toBeVisible();

    await page.getByRole("button", { name: `Increase quantity of ${PRODUCTS.tee.name}` }).click();
    await expect(page.getByRole("spinbutton", { name: `Quantity of ${PRODUCTS.tee.name}` })).toHaveValue("3");
    await expect(page.getByText("$72.00")).toBeVisible(); // the line: 3 × $24.00
    await expect(summary.getByText("$101.99")).toBeVisible();
    await expectCartCount(page, 4);

    const quantity = page.getByRole("spinbutton", { name: `Quantity of ${PRODUCTS.pen.name}` });
    await quantity.fill("5");
    await quantity.press("Enter");
    await expect(summary.getByText("Subtotal (8 items)")).toBeVisible();
    await expect(summary.getByText("$221.95")).toBeVisible(); // 72.00 + 5 × 29.99

    await page.getByRole("button", { name: `Remove ${PRODUCTS.pen.name} from cart` }).click();
    await expect(page.getByRole("link", { name: PRODUCTS.pen.name })).toHaveCount(0);
    await expect(summary.getByText("$72.00")).toBeVisible();
    await page.getByRole("button", { name: `Decrease quantity of ${PRODUCTS.tee.name}` }).click();
    await expect(summary.getByText("Subtotal (2 items)")).toBeVisible();

    await page.getByRole("button", { name: `Remove ${PRODUCTS.tee.name} from cart` }).click();
    await expect(page.getByRole("heading", { name: "Your cart is empty" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Cart, 0 items" })).toBeVisible();
  });
}
