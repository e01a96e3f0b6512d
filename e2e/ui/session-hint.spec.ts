// A guest's page loads make no refresh call (the refresh cookie is HttpOnly, so the page
// keeps a non-secret hint that one may exist: set at sign-in, gone at sign-out and when a
// refresh is refused). A shopper with a session still gets it back on every page load.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { accountMenu, openAccountMenu, newAccount, openSignedOut, signInThroughForm, withoutProactiveRefresh } from "./helpers";

/** The page's POST /auth/refresh answers, and the console's failed loads, from now on. */
function watch(page: Page) {
  const refreshes: number[] = [];
  const failedLoads: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith("/api/v1/auth/refresh") && response.request().method() === "POST") refreshes.push(response.status());
  });
  page.on("console", (message) => {
    if (message.type() === "error" && message.text().includes("Failed to load resource")) failedLoads.push(message.text());
  });
  return { refreshes, failedLoads };
}

/** A reload, once the page has settled on who is signed in. */
async function reloadSettled(page: Page, signedIn: boolean) {
  await page.reload();
  if (signedIn) await expect(accountMenu(page)).toBeVisible();
  else await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("a guest's page loads send no refresh and log no failed request", async ({ page }) => {
  const seen = watch(page);
  await openSignedOut(page, "/");
  await page.waitForLoadState("networkidle");
  await page.goto("/products/merino-wool-beanie");
  await page.waitForLoadState("networkidle");
  await reloadSettled(page, false);
  expect(seen.refreshes).toEqual([]);
  expect(seen.failedLoads).toEqual([]);
});

test("signed in, a reload restores the session; after sign-out a reload sends no refresh", async ({ page, request, context }) => {
  await withoutProactiveRefresh(context);
  const account = await newAccount(request);
  await openSignedOut(page, "/login");
  await signInThroughForm(page, account);
  const seen = watch(page);
  await reloadSettled(page, true);
  expect(seen.refreshes).toContain(200);

  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  seen.refreshes.length = 0;
  await reloadSettled(page, false);
  expect(seen.refreshes).toEqual([]);
});

test("after a refused refresh (the session was revoked elsewhere) the next page load sends none", async ({ page, request, context }) => {
  await withoutProactiveRefresh(context);
  const account = await newAccount(request);
  await openSignedOut(page, "/login");
  await signInThroughForm(page, account);
  // Another device ends every session of the account, this browser's too.
  const other = await (await request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } })).json();
  const ended = await request.post("/api/v1/auth/logout-all", { headers: { Authorization: `Bearer ${other.access_token}` } });
  expect(ended.status()).toBe(204);

  const seen = watch(page);
  await reloadSettled(page, false);
  expect(seen.refreshes).toEqual([401]);
  await reloadSettled(page, false);
  expect(seen.refreshes).toEqual([401]);
});
