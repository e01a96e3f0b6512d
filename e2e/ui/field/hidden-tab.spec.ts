// 4. A tab hidden for 40 minutes (its timers throttled, so none fired): the moment it is
//    visible again it refreshes, within a second, before the shopper clicks anything
//    (okta-auth-js #1445, authkit-nextjs #289).
import { expect, test } from "../fixtures";
import { SessionWatch, controllableVisibility, heldToken, setHidden, signedInOnInspector } from "./watch";

test("a tab visible again after 40 hidden minutes refreshes within a second, once", async ({ page, context, request }) => {
  await controllableVisibility(context);
  await page.clock.install();
  await signedInOnInspector(page, request);
  const stale = await heldToken(page);
  await setHidden(page, true);
  const watch = new SessionWatch(context);

  // 40 minutes go by; none of the tab's timers runs in that time.
  await page.clock.setSystemTime((await page.evaluate(() => Date.now())) + 40 * 60_000);
  expect(watch.refreshes, "hidden, the tab waits").toHaveLength(0);

  const shown = Date.now();
  const refreshed = page.waitForRequest((sent) => new URL(sent.url()).pathname === "/api/v1/auth/refresh");
  await setHidden(page, false);
  await refreshed;
  expect(Date.now() - shown, "ms from visible to the refresh call").toBeLessThan(1_000);

  await expect.poll(() => heldToken(page)).not.toBe(stale);
  await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  watch.expectClean({ refreshes: 1 });
});
