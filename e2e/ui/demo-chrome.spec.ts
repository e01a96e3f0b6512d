// The demo's own chrome stays out of the shopper's way: the token inspector waits in a dock
// of its own at the bottom of the window, and the demo account's password is offered to
// guests only.
import { expect, test } from "./fixtures";
import { expectLayoutClean, layoutProblems } from "./layout-checks";
import { PRODUCTS, accountMenu, newAccount, openSignedOut, signInThroughForm } from "./helpers";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

test("the demo credentials are in the footer for guests only", async ({ page, request }) => {
  await openSignedOut(page, "/login?next=%2F");
  const footer = page.getByRole("contentinfo");
  await expect(footer).toContainText("Sign in as user@example.com / password123");

  await signInThroughForm(page, await newAccount(request));
  await expect(footer).toContainText("nothing is charged or shipped");
  await expect(footer).not.toContainText("password123");

  await accountMenu(page).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(footer).toContainText("Sign in as user@example.com / password123");
});

for (const [name, viewport] of Object.entries({ phone: PHONE, desktop: DESKTOP })) {
  test(`on a ${name}, the inspector's dock covers no heading, button, field or the footer`, async ({ page }) => {
    await page.setViewportSize(viewport);
    for (const path of [`/products/${PRODUCTS.tee.slug}`, "/", "/login"]) {
      await openSignedOut(page, path);
      await expect(page.getByRole("button", { name: /Token inspector/ })).toBeVisible();
      await expectLayoutClean(page, path);
    }
  });
}

test("the check itself: a button pinned under the dock is reported", async ({ page }) => {
  await openSignedOut(page, "/");
  await page.evaluate(() => {
    const pinned = document.createElement("button");
    pinned.textContent = "Pinned";
    pinned.style.cssText = "position: fixed; right: 1rem; bottom: 0.5rem; z-index: 50";
    document.body.append(pinned);
  });
  expect((await layoutProblems(page)).covered).toEqual(['button "Pinned"']);
});
