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
  await expect(sessions.filter({ has: page.getByText("This device", { exact: true }) })).toHaveCount(1);
  await expect(sessions.filter({ has: page.getByText("This device", { exact: true }) })).toContainText("Chrome on");

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

test("signs out one other device, leaving this one and the rest signed in", async ({ page, request }) => {
  const account = await newAccount(request); // one session
  const login = () => request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } });
  const phone = await (await login()).json();

  await openSignedOut(page, "/login?next=%2Faccount");
  await signInThroughForm(page, account);
  const sessions = page.getByRole("region", { name: "Where you're signed in" }).getByRole("listitem");
  await expect(sessions).toHaveCount(3);
  const current = sessions.filter({ has: page.getByText("This device", { exact: true }) });
  await expect(current.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(current.getByRole("button", { name: /Sign out this device/ })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Sign out this device/ })).toHaveCount(2);

  // Newest first: this browser, the phone, then the registration.
  await sessions
    .nth(1)
    .getByRole("button", { name: /^Sign out this device/ })
    .click();
  await expect(sessions).toHaveCount(2);
  expect((await request.post("/api/v1/auth/refresh", { data: { refresh_token: phone.refresh_token } })).status()).toBe(401);

  // A reload lists the two sessions left, and this device is still signed in.
  await page.reload();
  await expect(sessions).toHaveCount(2);
  await expect(sessions.filter({ has: page.getByText("This device", { exact: true }) })).toHaveCount(1);
  await expect(accountMenu(page)).toBeVisible();
});
