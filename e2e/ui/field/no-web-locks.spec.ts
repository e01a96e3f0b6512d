// 11. No Web Locks (an insecure context such as http://192.168.1.20:3000, where browsers
//     leave navigator.locks out): each tab keeps one refresh at a time on its own, the
//     tabs still share new tokens over the BroadcastChannel, and the inspector says so.
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { inspectorEn } from "@/lib/shared/i18n/inspector-en";
import { expect, test } from "../fixtures";
import { withoutProactiveRefresh } from "../helpers";
import { waitUntilExpired } from "../../api/helpers";
import { SessionWatch, heldToken, reloadSessionList, signedInOnInspector } from "./watch";

test("without Web Locks: one refresh per tab at a time, the other tab takes the token, and the inspector says so", async ({
  page,
  context,
  request,
}) => {
  await context.addInitScript(() => Object.defineProperty(navigator, "locks", { value: undefined }));
  await withoutProactiveRefresh(context);
  await signedInOnInspector(page, request);
  await expect(page.getByTestId("no-web-locks")).toHaveText(inspectorEn["fact.noLocks"]);
  const other = await context.newPage();
  await other.goto(INSPECTOR_PATH);
  await expect(other.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  await expect.poll(async () => (await heldToken(page)) === (await heldToken(other))).toBe(true);
  await waitUntilExpired(request, await heldToken(page));
  const watch = new SessionWatch(context);

  await reloadSessionList(page); // 401 → refresh → retry, here
  await expect(page.getByTestId("timeline").getByText(inspectorEn["fact.noLocks"]).first()).toBeVisible();
  // The other tab got the new token over the channel: its next call needs no refresh.
  await expect.poll(async () => (await heldToken(other)) === (await heldToken(page))).toBe(true);
  await reloadSessionList(other);
  watch.expectClean({ refreshes: 1 });
});
