// 5. The tab holding the refresh lock is closed, or frozen, in the middle of its refresh:
//    the other tabs go on, at once when the lock is released, within the lock timeout when
//    it is not (supabase-js #2426).
import type { Page } from "@playwright/test";
import { waitUntilExpired } from "../../api/helpers";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { LOCK_TIMEOUT_MS } from "@/lib/client/refresher";
import { expect, test } from "../fixtures";
import { withoutProactiveRefresh } from "../helpers";
import { SessionWatch, heldToken, reloadSessionList, signedInOnInspector } from "./watch";

/** Two signed-in tabs on the inspector; the first one's refresh calls never get out of the browser. */
async function twoTabsFirstStuck(page: Page, request: Parameters<typeof signedInOnInspector>[1]) {
  await signedInOnInspector(page, request);
  const other = await page.context().newPage();
  await other.goto(INSPECTOR_PATH);
  await expect(other.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  await expect.poll(async () => (await heldToken(page)) === (await heldToken(other))).toBe(true);
  await waitUntilExpired(request, await heldToken(page));

  const stuck = page.waitForRequest((sent) => new URL(sent.url()).pathname === "/api/v1/auth/refresh");
  await page.route("**/api/v1/auth/refresh", () => {}); // held: neither sent on nor answered
  await page.getByRole("button", { name: "Reload the list" }).click(); // 401 → refresh, holding the lock
  await stuck;
  return other;
}

const reloadAndExpectSignedIn = async (tab: Page) => {
  await reloadSessionList(tab);
  await expect(tab.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
};

test.beforeEach(async ({ context }) => {
  await withoutProactiveRefresh(context);
});

test("the lock holder is closed mid-refresh: the other tab refreshes at once", async ({ page, context, request }) => {
  const other = await twoTabsFirstStuck(page, request);
  const watch = new SessionWatch(context);
  const waiting = reloadAndExpectSignedIn(other); // 401 → waits for the lock
  await page.close(); // the lock goes with the tab
  await waiting;
  watch.expectClean({ refreshes: 1 });
  expect(await watch.answeredRefreshes()).toBe(1);
});

test(`the lock holder is frozen mid-refresh: the other tab goes on within the ${LOCK_TIMEOUT_MS / 1000} s lock timeout`, async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  const other = await twoTabsFirstStuck(page, request);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Page.setWebLifecycleState", { state: "frozen" });
  const watch = new SessionWatch(context);

  // Whether the browser lets the frozen tab keep its lock or not, the other tab does not
  // wait for it longer than the timeout.
  const started = Date.now();
  await reloadAndExpectSignedIn(other);
  expect(Date.now() - started, "ms until the other tab went on").toBeLessThan(LOCK_TIMEOUT_MS + 5_000);

  // Thawed, the first tab finds its call failed, and on its next attempt the token the
  // other tab got: no second rotation of the refresh token.
  await page.unroute("**/api/v1/auth/refresh");
  await cdp.send("Page.setWebLifecycleState", { state: "active" });
  await reloadAndExpectSignedIn(page);
  watch.expectClean({ refreshes: 1 });
});
