// 8. Signing out in one tab: the other tabs show signed out at once, and never refresh
//    themselves back in, not on waking, not on a reload (okta-auth-js #889).
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { expect, test } from "../fixtures";
import { openAccountMenu } from "../helpers";
import { SessionWatch, controllableVisibility, setHidden, signedInOnInspector } from "./watch";

test("after a sign-out in one tab the other stays signed out, through waking up and a reload", async ({ page, context, request }) => {
  await controllableVisibility(context);
  await signedInOnInspector(page, request);
  const other = await context.newPage();
  await other.goto(INSPECTOR_PATH);
  await expect(other.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  await setHidden(other, true);

  await openAccountMenu(page);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();

  await expect(other.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-out");
  const watch = new SessionWatch(context); // from here on, no tab may refresh
  await setHidden(other, false); // waking would refresh a signed-in tab whose token ran out
  await other.reload();
  await expect(other.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-out");
  watch.expectClean({ refreshes: 0 });
});
