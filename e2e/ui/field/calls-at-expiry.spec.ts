// 1. Several calls in one tab meet the expiry together: one refresh between them, and
//    each call is sent again exactly once (auth0-spa-js #553: every call refreshed).
//    Here the cart (loaded by the cart store) and the sessions list of the account page;
//    lib/client/api.test.ts does the same with 50 calls.
import { waitUntilExpired } from "../../api/helpers";
import { expect, test } from "../fixtures";
import { openAccountMenu, withoutProactiveRefresh } from "../helpers";
import { SessionWatch, heldToken, signedInOnInspector } from "./watch";

test("two calls meet the expired token at once: one refresh, each call retried once", async ({ page, context, request }) => {
  await withoutProactiveRefresh(context); // the token is sent until the server calls it expired
  await signedInOnInspector(page, request);
  const watch = new SessionWatch(context);
  await waitUntilExpired(request, await heldToken(page));

  // The 401s are held back until both calls are out, so they truly overlap.
  const CALLS = 2;
  const sent: string[] = [];
  let release = () => {};
  const allOut = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/api\/v1\/(cart|auth\/sessions)$/, async (route) => {
    const answer = await route.fetch();
    sent.push(`${answer.status()} ${new URL(route.request().url()).pathname}`);
    if (answer.status() === 401 && sent.filter((line) => line.startsWith("401")).length === CALLS) release();
    if (answer.status() === 401) await allOut;
    await route.fulfill({ response: answer });
  });

  // The cart page loads the cart; before that answer is in, the account page loads the sessions.
  await page.getByRole("link", { name: /^Cart, \d+ items?$/ }).click();
  await expect(page).toHaveURL("/cart");
  await openAccountMenu(page);
  await page.getByRole("link", { name: "Account and devices" }).click();
  await expect(page).toHaveURL("/account");
  await expect(page.getByText("This device", { exact: true })).toBeVisible();

  await expect.poll(() => sent.length).toBe(2 * CALLS);
  expect(sent.filter((line) => line.startsWith("401"))).toHaveLength(CALLS);
  expect(sent.filter((line) => line.startsWith("200"))).toHaveLength(CALLS);
  watch.expectClean({ refreshes: 1 });
});
