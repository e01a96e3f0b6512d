// The shop at a loopback address instead of the name localhost: the page's Origin is then
// http://127.0.0.1:PORT (or http://[::1]:PORT), and the cookie-mode refresh must accept it
// (docs/api.md: the site's own origin is the address the client used). A shopper signs in,
// reloads, and is still signed in, on a desktop and on a phone.
import { devices } from "@playwright/test";
import { atAddress, mainUrl } from "../servers";
import { expect, test } from "./fixtures";
import { accountMenu, newAccount, signInThroughForm, withoutProactiveRefresh } from "./helpers";

const { defaultBrowserType: _, ...phone } = devices["Pixel 7"];

for (const host of ["127.0.0.1", "[::1]"] as const) {
  for (const [device, options] of [
    ["desktop", {}],
    ["phone", phone],
  ] as const) {
    test(`at http://${host}:PORT on a ${device}: sign in, reload, still signed in`, async ({ browser, request }) => {
      const url = atAddress(mainUrl, host);
      const account = await newAccount(request);
      const context = await browser.newContext({ ...options, baseURL: url });
      await withoutProactiveRefresh(context);
      const page = await context.newPage();
      const refreshes: number[] = [];
      page.on("response", (response) => {
        if (response.url().endsWith("/api/v1/auth/refresh")) refreshes.push(response.status());
      });

      await page.goto("/login");
      await signInThroughForm(page, account);
      refreshes.length = 0;
      await page.reload();
      await expect(accountMenu(page)).toBeVisible();
      await expect(page.getByText(/offline/i)).toHaveCount(0);
      // The reload restored the session with the cookie, through a refresh that was accepted.
      await expect.poll(() => refreshes.length).toBeGreaterThan(0);
      expect(
        refreshes.every((status) => status === 200),
        refreshes.join(),
      ).toBe(true);
      expect(page.url().startsWith(url)).toBe(true);
      await context.close();
    });
  }
}
