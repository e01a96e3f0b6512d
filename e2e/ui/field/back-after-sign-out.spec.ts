// 7. The back button after signing out brings a page back from the back/forward cache,
//    with the memory it had while signed in. It shows signed out, and no authenticated
//    request succeeds from it (auth0-react #562).
import { chromiumLaunchOptions } from "../../chromium";
import { expect, test } from "../fixtures";
import { PRODUCTS, accountMenu, addToCart, openAccountMenu, expectCartCount, newAccount, signInThroughForm } from "../helpers";
import { SessionWatch } from "./watch";

// Playwright turns the back/forward cache off by default; this spec leaves it on, so the
// back button behaves as in any Chromium. Chromium keeps the shop's pages out of that
// cache (they are sent with Cache-Control: no-store, each with its own CSP nonce), so here
// the page loads afresh; Safari and Firefox bring it back from memory, and the client then
// signs out on "pageshow" (lib/client/cross-tab.test.ts, "the back/forward cache").
test.use({ launchOptions: { ...chromiumLaunchOptions, ignoreDefaultArgs: ["--disable-back-forward-cache"] } });

test("back to a signed-in page after signing out: it shows signed out, and nothing authenticated succeeds", async ({
  page,
  context,
  request,
}) => {
  await page.goto("/login?next=%2Fcart");
  await signInThroughForm(page, await newAccount(request));
  await addToCart(page, PRODUCTS.pen);
  await page.goto("/cart"); // a page load of its own, so that going back restores this document
  await expect(page.getByRole("link", { name: PRODUCTS.pen.name })).toBeVisible();

  await page.goto("/orders");
  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  const watch = new SessionWatch(context);
  const authenticated: string[] = [];
  page.on("response", (response) => {
    if (response.request().headers().authorization && response.ok()) authenticated.push(`${response.status()} ${response.url()}`);
  });
  await page.goBack();
  await expect(page).toHaveURL("/cart");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountMenu(page)).toHaveCount(0);
  await expectCartCount(page, 0);
  expect(authenticated).toEqual([]);
  watch.expectClean({ refreshes: 0 });
});
