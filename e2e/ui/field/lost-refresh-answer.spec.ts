// 6. The server committed a refresh, but its answer never arrived (the connection dropped
//    on the way back): the client tries again inside the server's grace window and keeps
//    the session (audiobookshelf #5281), and in cookie mode the browser ends up holding a
//    valid refresh cookie. And no answer at all (offline) is never a reason to sign out.
import { waitUntilExpired } from "../../api/helpers";
import { expect, test } from "../fixtures";
import { withoutProactiveRefresh } from "../helpers";
import { SessionWatch, heldToken, reloadSessionList, signedInOnInspector } from "./watch";

test("a refresh whose answer is lost is retried within the grace window: signed in, with a working cookie", async ({
  page,
  context,
  request,
}) => {
  await withoutProactiveRefresh(context);
  await signedInOnInspector(page, request);
  const cookieBefore = (await context.cookies()).find((cookie) => cookie.name === "refresh_token")!;
  await waitUntilExpired(request, await heldToken(page));
  const watch = new SessionWatch(context);

  let dropped = false;
  await page.route("**/api/v1/auth/refresh", async (route) => {
    if (dropped) return route.continue();
    dropped = true;
    const answer = await route.fetch(); // the server spends the token and answers with a new pair ...
    expect(answer.status()).toBe(200);
    await context.addCookies([cookieBefore]); // ... which never reaches the browser, cookie included
    await route.abort("connectionreset");
  });
  await reloadSessionList(page);
  await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  expect(await watch.answeredRefreshes()).toBe(1); // the dropped one got no answer; the retry did

  // The cookie the browser holds now is a live one: a new page load restores the session with it.
  const cookieAfter = (await context.cookies()).find((cookie) => cookie.name === "refresh_token")!;
  expect(cookieAfter.value).not.toBe(cookieBefore.value);
  await page.unroute("**/api/v1/auth/refresh");
  await page.reload();
  await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  watch.expectClean({ refreshes: 3 }); // the lost one, its retry, the page load's
});

test("offline at the expiry: the session is kept, and back online the next call refreshes once", async ({ page, context, request }) => {
  await withoutProactiveRefresh(context);
  await signedInOnInspector(page, request);
  await waitUntilExpired(request, await heldToken(page));
  const watch = new SessionWatch(context);

  await context.setOffline(true);
  await page.getByRole("button", { name: "Reload the list" }).click();
  await expect(page.getByText(/Could not load the sessions: network_error/)).toBeVisible();
  await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");

  await context.setOffline(false);
  await reloadSessionList(page); // 401 token_expired → one refresh → the list
  await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  watch.expectClean({ refreshes: 1 });
});
