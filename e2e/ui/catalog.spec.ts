// The catalog keeps its state in the URL: search, category, sort and page can be shared,
// reloaded and walked with the back button.
import { expect, test } from "./fixtures";

const names = (page: import("@playwright/test").Page) => page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();

test("search, category, sort and pages live in the URL", async ({ page }) => {
  await page.goto("/products");
  await expect(page.getByText("Showing 1–12 of 30 products")).toBeVisible();

  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL("/products?page=2");
  await expect(page.getByText("Showing 13–24 of 30 products")).toBeVisible();
  await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");

  // A filter starts again from the first page.
  await page.getByLabel("Category").selectOption("Outdoors");
  await expect(page).toHaveURL("/products?category=Outdoors");
  await expect(page.getByText("Showing 1–6 of 6 products")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: "Outdoors" })).toBeVisible();

  await page.getByLabel("Sort by").selectOption("Price: low to high");
  await expect(page).toHaveURL("/products?category=Outdoors&sort=price_asc");
  await expect
    .poll(() => names(page))
    .toEqual([
      "Enamel Camp Mug",
      "Insulated Steel Water Bottle",
      "Brass Pocket Compass",
      "Rechargeable Camp Lantern",
      "Parachute Nylon Hammock",
      "Ripstop Trail Backpack",
    ]);

  await page.getByRole("searchbox", { name: "Search", exact: true }).fill("mug");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL("/products?q=mug&category=Outdoors&sort=price_asc");
  await expect.poll(() => names(page)).toEqual(["Enamel Camp Mug"]);

  // Reloading keeps everything; the back button restores the form too.
  await page.reload();
  await expect.poll(() => names(page)).toEqual(["Enamel Camp Mug"]);
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("mug");
  await page.goBack();
  await expect(page).toHaveURL("/products?category=Outdoors&sort=price_asc");
  await expect(page.getByRole("searchbox", { name: "Search", exact: true })).toHaveValue("");
  await expect(page.getByLabel("Sort by")).toHaveValue("price_asc");
  await expect(page.getByText("Showing 1–6 of 6 products")).toBeVisible();
});

test("a search that finds nothing says so and offers a way back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search products" }).fill("submarine");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL("/products?q=submarine");
  await expect(page.getByRole("heading", { name: "No products match" })).toBeVisible();
  await expect(page.getByText("Nothing in the shop mentions “submarine”")).toBeVisible();
  await page.getByRole("link", { name: "Clear search and filters" }).click();
  await expect(page).toHaveURL("/products");
  await expect(page.getByText("Showing 1–12 of 30 products")).toBeVisible();
});

test("a hand-edited URL shows the catalog instead of an error, and a page past the end says so", async ({ page }) => {
  await page.goto("/products?sort=cheapest&page=abc");
  await expect(page.getByText("Showing 1–12 of 30 products")).toBeVisible();
  await page.goto("/products?page=9");
  await expect(page.getByRole("heading", { name: "There is no page 9" })).toBeVisible();
  await page.getByRole("link", { name: "Go to page 3" }).click();
  await expect(page.getByText("Showing 25–30 of 30 products")).toBeVisible();
});
