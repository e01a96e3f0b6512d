// 10. A renew storm: every refresh answers with a token that is gone almost at once (a
//     misconfigured server, a proxy rewriting the answer). The client stops after a few
//     refreshes within seconds and tells the shopper why, instead of looping forever.
import { STORM_LIMIT } from "@/lib/client/refresher";
import { expect, test } from "../fixtures";
import { newAccount, signInThroughForm } from "../helpers";
import { SessionWatch } from "./watch";

test(`tokens that live one second: ${STORM_LIMIT} refreshes, then the client stops and says why`, async ({ page, context, request }) => {
  await page.route("**/api/v1/auth/refresh", async (route) => {
    const answer = await route.fetch();
    const body = await answer.json();
    await route.fulfill({ response: answer, json: answer.ok() ? { ...body, expires_in: 1 } : body });
  });
  await page.goto("/login");
  const watch = new SessionWatch(context);
  await signInThroughForm(page, await newAccount(request));

  await expect(page.getByText("We could not keep you signed in")).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/login/);
  expect(watch.refreshes).toHaveLength(STORM_LIMIT);
  const answers = await Promise.all(watch.refreshes.map(async (sent) => (await sent.response())?.status()));
  expect(answers).toEqual(Array(STORM_LIMIT).fill(200));
  watch.expectNoServerErrors();
  // The session was ended on the server too: the last refresh token no longer works.
  const cookie = (await context.cookies()).find((candidate) => candidate.name === "refresh_token");
  expect(cookie).toBeUndefined();
});
