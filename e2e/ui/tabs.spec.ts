// Two tabs of one browser share one session: an expiry costs one refresh for both (Web
// Locks + BroadcastChannel), and signing out in one tab signs out the other.
import { expect, test } from "./fixtures";
import { AuthTraffic, accountMenu, newAccount, openSignedOut, signInThroughForm, withoutProactiveRefresh } from "./helpers";

test("two tabs whose token expires together make one refresh call in total and both stay signed in", async ({ context, request }) => {
  await withoutProactiveRefresh(context);
  const account = await newAccount(request);
  const first = await context.newPage();
  await openSignedOut(first, "/login");
  const traffic = new AuthTraffic(context);
  await signInThroughForm(first, account);

  // The second tab restores the session from the refresh-token cookie (one refresh) and
  // hands its new access token to the first tab, so both now hold the same token.
  const second = await context.newPage();
  await second.goto("/account");
  await expect(second.getByText("This device", { exact: true })).toBeVisible();
  await traffic.settled();
  const before = { refreshes: traffic.refreshes.length, expired: traffic.expiredTokenCount };

  await traffic.waitUntilTokenExpired(request);
  // Both tabs need the API at the same moment, each with the expired token.
  await Promise.all([
    (async () => {
      await accountMenu(first).click();
      await first.getByRole("link", { name: "Orders" }).click();
    })(),
    (async () => {
      await accountMenu(second).click();
      await second.getByRole("link", { name: "Orders" }).click();
    })(),
  ]);
  for (const page of [first, second]) {
    await expect(page.getByText("No orders yet")).toBeVisible();
    await expect(accountMenu(page)).toBeVisible();
  }
  await traffic.settled();
  expect(traffic.refreshes.length - before.refreshes, "one refresh for both tabs").toBe(1);
  expect(traffic.expiredTokenCount - before.expired, "the tabs held one token, and it expired once").toBe(1);
});

test("signing out in one tab signs out the other", async ({ context, request }) => {
  const account = await newAccount(request);
  const first = await context.newPage();
  await openSignedOut(first, "/login");
  await signInThroughForm(first, account);
  const second = await context.newPage();
  await second.goto("/account");
  await expect(second.getByText("This device", { exact: true })).toBeVisible();

  await accountMenu(first).click();
  await first.getByRole("button", { name: "Sign out" }).click();
  await expect(first.getByRole("link", { name: "Sign in" })).toBeVisible();

  // The other tab learns it at once, leaves the account page and says why.
  await expect(second).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(second.getByText("You signed out in another tab of this browser.")).toBeVisible();
  await expect(second.getByRole("link", { name: "Sign in" })).toBeVisible();

  // And the session is over on the server too: a reload does not bring it back.
  await second.goto("/account");
  await expect(second).toHaveURL(/\/login\?next=%2Faccount$/);
  await expect(accountMenu(second)).toHaveCount(0);
});
