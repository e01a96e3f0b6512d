// 12. Two quick edits of two cart lines, the first answered slowly: the cart ends showing
//     what the server holds, not an older state whose answer happened to arrive last.
import type { Page, Route } from "@playwright/test";
import { edgeUrl } from "../../servers";
import { expect, test } from "../fixtures";
import { PRODUCTS, addToCart, newAccount, signInThroughForm } from "../helpers";
import { SessionWatch } from "./watch";

const quantities = (page: Page) =>
  Promise.all([PRODUCTS.pen, PRODUCTS.tee].map((product) => page.getByRole("spinbutton", { name: `Quantity of ${product.name}` }).inputValue()));

// Tokens of the default 30 minutes there: no expiry in the middle, so the only refresh is the reload's.
test.use({ baseURL: edgeUrl });

test("editing two lines while the first edit is slow ends on the server's cart", async ({ page, context, request }) => {
  await page.goto("/login?next=%2Fcart");
  await signInThroughForm(page, await newAccount(request));
  await addToCart(page, PRODUCTS.pen, 4);
  await addToCart(page, PRODUCTS.tee);
  await page.goto("/cart");
  await expect(page.getByRole("spinbutton", { name: `Quantity of ${PRODUCTS.pen.name}` })).toHaveValue("4");
  const watch = new SessionWatch(context);

  // The first edit's request is held on its way to the server until the second edit is made.
  let held: Route | null = null;
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/v1/cart/items/*", async (route) => {
    if (route.request().method() === "PATCH" && held === null) {
      held = route;
      await released;
    }
    await route.continue();
  });
  await page.getByRole("button", { name: `Increase quantity of ${PRODUCTS.pen.name.toLowerCase()}` }).click();
  await expect.poll(() => held !== null).toBe(true);
  await page.getByRole("button", { name: `Increase quantity of ${PRODUCTS.tee.name.toLowerCase()}` }).click();
  release();

  await expect.poll(() => quantities(page)).toEqual(["5", "2"]);
  await page.unroute("**/api/v1/cart/items/*");
  await page.reload();
  await expect(page.getByRole("spinbutton", { name: `Quantity of ${PRODUCTS.pen.name}` })).toHaveValue("5");
  expect(await quantities(page)).toEqual(["5", "2"]);
  watch.expectClean({ refreshes: 1 }); // the reload's restore
});
