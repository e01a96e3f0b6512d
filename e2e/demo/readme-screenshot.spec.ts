// The picture of the inspector in the README, taken from the running shop. Normal runs
// only attach it to the report; `UPDATE_SCREENSHOTS=1` also writes docs/inspector.png.
import fs from "node:fs";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { loginHref } from "@/lib/client/next-path";
import { expect, test } from "../ui/fixtures";
import { newAccount, signInThroughForm, trackApiRequests } from "../ui/helpers";

test("the inspector after 'Expire now', as the README shows it", async ({ page, request }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 1000 });
  const api = trackApiRequests(page);
  await page.goto(loginHref(INSPECTOR_PATH));
  await signInThroughForm(page, await newAccount(request));
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1);
  await api.settled(); // the loads after sign-in have answered: the picture shows the swap's requests only
  await page.getByRole("button", { name: "Expire now" }).click();
  await expect(page.getByText("Done: the expired token got 401 token_expired")).toBeVisible();
  await expect(page.locator("svg[data-active-phase]")).toHaveAttribute("data-active-phase", "retry");

  const heading = page.getByRole("heading", { name: "The flow, step by step" });
  const top = (await heading.boundingBox())!.y + (await page.evaluate(() => window.scrollY)) - 24;
  const picture = await page.screenshot({ fullPage: true, clip: { x: 0, y: top, width: 1280, height: 960 } });
  await testInfo.attach("inspector", { body: picture, contentType: "image/png" });
  if (process.env.UPDATE_SCREENSHOTS === "1") {
    fs.mkdirSync("docs", { recursive: true });
    fs.writeFileSync("docs/inspector.png", picture);
  }
});
