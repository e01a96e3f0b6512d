// 3. The laptop sleeps: the clock jumps past the expiry and no timer fires. The next
//    request refreshes first and never sends the token the client knows is expired
//    (auth0-spa-js #343). Expiry is counted from `expires_in` at receipt.
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { loginHref } from "@/lib/client/next-path";
import { inspectorEn } from "@/lib/shared/i18n/inspector-en";
import { expect, test } from "../fixtures";
import { newAccount, signInThroughForm } from "../helpers";
import { SessionWatch, heldToken, reloadSessionList } from "./watch";

test("after a jump of the clock past expiry, the next request refreshes first and never carries the expired token", async ({
  page,
  context,
  request,
}) => {
  await page.clock.install(); // the page's clock runs as usual until the test moves it
  const account = await newAccount(request);
  await page.goto(loginHref(INSPECTOR_PATH));
  await signInThroughForm(page, account);
  // The lid closes, well before the refresh 2.4 s after sign-in is due: timers stop where they are.
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(now + 500);
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1);
  const stale = await heldToken(page);
  const watch = new SessionWatch(context);
  const sent: string[] = [];
  page.on("request", (sentRequest) => {
    const { pathname, searchParams } = new URL(sentRequest.url());
    // The list the shopper reloads; the inspector's quiet read of the ended ones follows it.
    if (pathname === "/api/v1/auth/sessions" && !searchParams.has("state")) sent.push(sentRequest.headers().authorization ?? "");
  });

  // An hour later the lid opens, and the shopper clicks before any timer has run.
  await page.clock.setSystemTime(now + 60 * 60_000);
  await reloadSessionList(page);
  const fresh = await heldToken(page);
  expect(fresh).not.toBe(stale);
  expect(sent).toEqual([`Bearer ${fresh}`]); // once, with the new token, never with the stale one
  await expect(page.getByTestId("timeline").getByText(inspectorEn["fact.expired"])).toBeVisible();
  await page.clock.resume();
  watch.expectClean({ refreshes: 1 });
});
