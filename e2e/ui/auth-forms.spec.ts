// Sign-in and registration: errors next to the fields they belong to (from the form's own
// check and from the API's details.fields), and `?next=` followed only within the site.
import { uniqueEmail } from "../api/helpers";
import { expect, test } from "./fixtures";
import { accountMenu, newAccount, openSignedOut } from "./helpers";

test("registration shows each error next to its field, then signs the new shopper in", async ({ page, request }) => {
  const taken = await newAccount(request);
  await openSignedOut(page, "/register?next=%2Forders");

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Required");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Required");
  await page.getByLabel("Email").fill("asha.example.com");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("Must be an email address like name@example.com");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Must be at least 8 characters");

  // The API's answer: an email that is taken.
  await page.getByLabel("Email").fill(taken.email);
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription("An account with this email already exists. Sign in instead?");

  // The API's details.fields land next to the fields they name.
  await page.route("**/api/v1/auth/register", (route) =>
    route.fulfill({
      status: 400,
      json: { error: { code: "invalid_request", message: "Check the highlighted fields", details: { fields: { name: "Pick another name" } } } },
    }),
  );
  await page.getByLabel("Name (optional)").fill("Asha");
  await page.getByLabel("Email").fill(uniqueEmail("form"));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Name (optional)")).toHaveAccessibleDescription("Pick another name");
  await page.unroute("**/api/v1/auth/register");

  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/orders");
  await expect(page.getByText("No orders yet")).toBeVisible();
  await expect(accountMenu(page)).toContainText("Asha");
});

test("a wrong password is explained, and `next` never leads off the site", async ({ page, request }) => {
  const account = await newAccount(request);
  await openSignedOut(page, "/login?next=https%3A%2F%2Fevil.example%2Fphish");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "That email and password don't match an account. Check them and try again.",
  );

  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(accountMenu(page)).toBeVisible();
  await expect(page).toHaveURL("/");
});

test("signed in, the sign-in page sends the shopper on to `next`", async ({ page, request }) => {
  const account = await newAccount(request);
  await openSignedOut(page, "/login?next=%2Faccount");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL("/account");
  await page.goto("/login?next=%2Forders");
  await expect(page).toHaveURL("/orders");
});

test("without JavaScript the sign-in and registration forms post, and no password reaches a URL", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const password = "a-secret-that-must-not-leak";
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));

  for (const path of ["/login", "/register"]) {
    await page.goto(path);
    await page.getByLabel("Email").fill("nojs@example.com");
    await page.getByLabel("Password", { exact: true }).fill(password);
    const submitted = page.waitForRequest((request) => new URL(request.url()).pathname === path && request.method() === "POST");
    await page.locator("main form button[type=submit]").click();
    // The values travel in the body of a POST to the page itself, never in its address.
    expect((await submitted).postData() ?? "").toContain("nojs%40example.com");
    await page.waitForLoadState();
  }
  expect(urls.length).toBeGreaterThan(2);
  for (const url of [...urls, page.url()]) expect(url).not.toContain(password);
  await context.close();
});
