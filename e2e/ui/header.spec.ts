// The header on every width: from a 320 px phone up nothing in it is cut off or scrolls
// sideways (below 1024 px the links and the search open from one Menu button), and its
// search is the catalog's own `q`.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, openSignedOut } from "./helpers";

/** Every control of the header lies wholly inside the window, and the document does not scroll sideways. */
async function expectHeaderFits(page: Page) {
  const width = page.viewportSize()!.width;
  const header = page.getByRole("banner");
  for (const control of [
    header.getByRole("link", { name: /home/ }),
    header.getByRole("button", { name: "Menu" }),
    header.getByRole("link", { name: /^Cart/ }),
    header.getByRole("link", { name: "Sign in" }),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x, `${control}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${control}`).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
}

for (const width of [320, 390]) {
  test(`at ${width} px the header fits, and its menu opens the links and the search`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await openSignedOut(page, "/");
    await expectHeaderFits(page);

    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = nav.getByRole("button", { name: "Menu" });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "Shop" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav.getByRole("link", { name: "Shop" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "How sign-in works" })).toBeVisible();
    await expectHeaderFits(page);
    await expectAccessible(page, "the open menu");

    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();

    await menu.click();
    await nav.getByRole("searchbox", { name: "Search the shop" }).fill("lantern");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL("/products?q=lantern");
    await expect(page.getByRole("link", { name: /Rechargeable Camp Lantern/ })).toBeVisible();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expectHeaderFits(page);

    await menu.click();
    await nav.getByRole("link", { name: "Shop" }).click();
    await expect(page).toHaveURL("/products");
    await expect(nav.getByRole("link", { name: "Shop" })).toBeHidden();
    await expect(page.getByLabel("Sort by")).toBeVisible();
    await expectHeaderFits(page);
  });
}

test("on a desktop the links and the search sit in the header, and the search is the catalog's q", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSignedOut(page, "/products/organic-cotton-crew-tee");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("button", { name: "Menu" })).toBeHidden();
  await expect(nav.getByRole("link", { name: "How sign-in works" })).toBeVisible();
  await nav.getByRole("searchbox", { name: "Search the shop" }).fill("mug");
  await nav.getByRole("button", { name: "Search the shop" }).click();
  await expect(page).toHaveURL("/products?q=mug");
  await expect(page.getByText("Results for “mug”")).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("mug");
});
