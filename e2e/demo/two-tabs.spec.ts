// Two tabs of one browser share a session. When the access token expires in both at once,
// one tab refreshes (under a Web Lock) and hands the new token to the other: one refresh,
// not two, because two refreshes of one refresh token would look like theft.
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { loginHref } from "@/lib/client/next-path";
import type { Page } from "@playwright/test";
import { waitUntilExpired } from "../api/helpers";
import { expect, test } from "../ui/fixtures";
import { newAccount, signInThroughForm, withoutProactiveRefresh } from "../ui/helpers";
import { expectOnePicturePerStep, setup, step } from "./story";

const status = (tab: Page) => tab.getByTestId("inspector-status");

test("two tabs, one refresh: the other tab takes the new token", async ({ page: first, context, request }) => {
  const account = await setup("a new shopper; no refresh before expiry, so both tabs meet the 401", async () => {
    await withoutProactiveRefresh(context);
    return newAccount(request);
  });
  let second!: Page;
  const refreshes: string[] = [];

  await step(first, "1. Login in the first tab", async () => {
    await first.goto(loginHref(INSPECTOR_PATH));
    await signInThroughForm(first, account);
    await expect(status(first)).toHaveAttribute("data-status", "signed-in");
  });

  await step(first, "2. A second tab opens signed in: the refresh cookie restores its session", async () => {
    second = await context.newPage();
    await second.goto(INSPECTOR_PATH);
    await expect(status(second)).toHaveAttribute("data-status", "signed-in");
    // Its refresh gave it a new pair, and it handed the new access token to the first tab.
    const token = (tab: Page) => tab.getByTestId("raw-access-token").textContent();
    await expect.poll(async () => (await token(first)) === (await token(second))).toBe(true);
    await second.bringToFront();
  });

  await step(second, "3. The access token expires in both tabs", async () => {
    await waitUntilExpired(request, (await second.getByTestId("raw-access-token").textContent()) ?? "");
    await expect(second.getByTestId("access-countdown").first()).toHaveText("0:00");
    context.on("request", (sent) => {
      if (new URL(sent.url()).pathname === "/api/v1/auth/refresh") refreshes.push(sent.url());
    });
    // Two clicks in two tabs are never quite "the same moment": on a busy machine one tab
    // could refresh and hand over the new token before the other has sent its call. The
    // refresh is held until both calls have come back 401, as when they really do cross.
    let expired = 0;
    const bothExpired = new Promise<void>((resolve) => {
      context.on("response", (answer) => {
        if (new URL(answer.url()).pathname === "/api/v1/auth/sessions" && answer.status() === 401 && ++expired === 2) resolve();
      });
    });
    await context.route("**/api/v1/auth/refresh", async (route) => {
      await Promise.race([bothExpired, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      await route.continue();
    });
  });

  await step(second, "4. Both tabs call the API at the same moment, and both get 401 token_expired", async () => {
    await Promise.all([
      first.getByRole("button", { name: "Reload the list" }).click(),
      second.getByRole("button", { name: "Reload the list" }).click(),
    ]);
    for (const tab of [first, second]) {
      await expect(tab.getByTestId("timeline-group").first().getByTestId("timeline-event").first()).toContainText("401 token_expired");
    }
  });

  await step(second, "5. One refresh for both: the other tab waits for the lock and takes the new token", async () => {
    for (const tab of [first, second]) {
      await expect(tab.getByTestId("timeline-group").first().locator('[data-testid="timeline-event"][data-kind="retry"]')).toContainText("200");
    }
    expect(refreshes).toHaveLength(1);
    // Each timeline says who did it: the caller names itself, the other names the caller.
    const nameOf = async (tab: Page) => ((await tab.locator('[data-i18n="tab.this"]').textContent()) ?? "").replace("This tab: ", "");
    const callerFirst =
      (await first
        .getByTestId("timeline-group")
        .first()
        .getByText(/^This tab \(/)
        .count()) > 0;
    const [caller, taker] = callerFirst ? [first, second] : [second, first];
    const name = await nameOf(caller);
    await expect(caller.getByTestId("timeline-group").first()).toContainText(`This tab (${name}) made the call`);
    await expect(taker.getByTestId("timeline-group").first()).toContainText(`Tab ${name} made the refresh call`);
    await expect(taker.getByTestId("timeline-group").first()).not.toContainText("This tab (");
  });

  await step(first, "6. Both tabs carry on, signed in", async () => {
    await first.bringToFront();
    for (const tab of [first, second]) await expect(status(tab)).toHaveAttribute("data-status", "signed-in");
    expect(refreshes).toHaveLength(1);
  });
  expectOnePicturePerStep();
});
