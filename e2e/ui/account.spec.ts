// The account page lists the shopper's sessions (this one marked) and ends them all.
import { expect, test } from "./fixtures";
import { accountMenu, newAccount, openSignedOut, signInThroughForm } from "./helpers";

test("lists every session, marks this one, and logs out everywhere", async ({ page, request }) => {
  const account = await newAccount(request); // registering through the API is one session
  const other = await (await request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } })).json();

  await openSignedOut(page, "/login?next=%2Faccount");
  await signInThroughForm(page, account);
  const sessions = page.getByRole("region", { name: "Where you're signed in" }).getByRole("listitem");
  await expect(sessions).toHaveCount(3);
  await expect(sessions.filter({ hasText: "This device" })).toHaveCount(1);
  await expect(sessions.filter({ hasText: "This device" })).toContainText("Chrome on");

  await page.getByRole("button", { name: "Log out everywhere" }).click();
  await expect(page.getByText("Sign out of all 3 sessions, including this one?")).toBeVisible();
  await page.getByRole("button", { name: "Yes, log out everywhere" }).click();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(accountMenu(page)).toHaveCount(0);

  // The other device's session is over too: its refresh token is refused.
  const refresh = await request.post("/api/v1/auth/refresh", { data: { refresh_token: other.refresh_token } });
  expect(refresh.status()).toBe(401);
});
