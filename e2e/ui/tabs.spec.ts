// Two tabs of one browser share one session: signing out in one tab signs out the other.
// That an expiry costs one refresh for both (Web Locks + BroadcastChannel) is the story of
// e2e/demo/two-tabs.spec.ts.
import { expect, test } from "./fixtures";
import { accountMenu, openAccountMenu, newAccount, openSignedOut, signInThroughForm } from "./helpers";

test("signing out in one tab signs out the other", async ({ context, request }) => {
  const account = await newAccount(request);
  const first = await context.newPage();
  await openSignedOut(first, "/login");
  await signInThroughForm(first, account);
  const second = await context.newPage();
  await second.goto("/account");
  await expect(second.getByText("This device", { exact: true })).toBeVisible();

  await openAccountMenu(first);
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
