// 2. Three tabs wake at the same moment (their visibilitychange fired in one frame) with
//    an expired token: one refresh between them, and none is signed out (supabase auth-js
//    #213, directus #22360). A tab that gets the refresh lock after waiting checks again
//    before calling, and finds the new token (auth0-spa-js #973).
import { waitUntilExpired } from "../../api/helpers";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { inspectorEn } from "@/lib/shared/i18n/inspector-en";
import { expect, test } from "../fixtures";
import { SessionWatch, controllableVisibility, heldToken, setHidden, signedInOnInspector } from "./watch";

test("three hidden tabs become visible together after the expiry: one refresh, all three signed in", async ({ page, context, request }) => {
  await controllableVisibility(context);
  await signedInOnInspector(page, request);
  const tabs = [page, await context.newPage(), await context.newPage()];
  for (const tab of tabs.slice(1)) {
    await tab.goto(INSPECTOR_PATH);
    await expect(tab.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  }
  // The later tabs restored the session, and the first took their new token: one token now.
  await expect.poll(async () => new Set(await Promise.all(tabs.map(heldToken))).size).toBe(1);

  // Hidden, a tab does not refresh on its own schedule; the token runs out meanwhile.
  for (const tab of tabs) {
    await tab.getByRole("button", { name: "Clear the timeline" }).click();
    await setHidden(tab, true);
  }
  const watch = new SessionWatch(context);
  const expired = await heldToken(page);
  await waitUntilExpired(request, expired);
  await Promise.all(tabs.map((tab) => setHidden(tab, false)));

  await expect.poll(() => watch.refreshes.length).toBe(1);
  // Hidden again at once, so the new token's own refresh, due 2.4 s on, does not come in the count.
  for (const tab of tabs) await setHidden(tab, true);
  for (const tab of tabs) {
    await expect(tab.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
    await expect.poll(() => heldToken(tab)).not.toBe(expired);
  }
  await expect.poll(async () => new Set(await Promise.all(tabs.map(heldToken))).size).toBe(1);
  // The other two waited for the lock, then found the new token instead of calling. (On a
  // busy machine the tab that called has been seen to log a skip as well; the one call
  // counted above is the guarantee.)
  const noCall = new RegExp(`${inspectorEn["note.newer_token_here"]}|${inspectorEn["note.other_tab_refreshed"]}`);
  const skipped = tabs.map((tab) => tab.getByTestId("timeline-event").filter({ hasText: noCall }));
  await expect
    .poll(async () => (await Promise.all(skipped.map((events) => events.count()))).filter((n) => n > 0).length)
    .toBeGreaterThanOrEqual(2);
  watch.expectClean({ refreshes: 1 });
});
