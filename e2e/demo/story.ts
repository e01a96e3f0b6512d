// The demo stories' helpers: a step of the flow, told as a Playwright step, with a picture
// of the page at its end attached inside the step under the step's own title, so that
// `npm run e2e:demo`'s HTML report reads as the story, one picture per step. The picture
// is taken once the page has settled (no request on its way, no loading placeholder).
import { test, type Page } from "@playwright/test";
import { PANEL_KEY } from "@/components/inspector/preferences";
import { expect } from "../ui/fixtures";

const titles = new WeakMap<object, string[]>();
const stepsOf = (): string[] => {
  const info = test.info();
  if (!titles.has(info)) titles.set(info, []);
  return titles.get(info)!;
};

export async function step(page: Page, title: string, body: () => Promise<void>): Promise<void> {
  stepsOf().push(title);
  // Boxed: the report points at the story's line, not at this helper.
  await test.step(
    title,
    async () => {
      await body();
      await page.waitForLoadState("networkidle");
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await test.info().attach(title, { body: await page.screenshot(), contentType: "image/png" });
    },
    { box: true },
  );
}

/** What a story needs before its first step, as one step of its own. */
export function setup<T>(what: string, body: () => Promise<T>): Promise<T> {
  return test.step(`Setup: ${what}`, body, { box: true });
}

/** The report shows every step with exactly one picture, named after it. */
export function expectOnePicturePerStep(): void {
  const pictures = test
    .info()
    .attachments.filter((attachment) => attachment.contentType === "image/png")
    .map((attachment) => attachment.name);
  expect(pictures).toEqual(stepsOf());
}

/** The inspector panel starts open on every page, so each picture shows the tokens at work. */
export async function withInspectorPanelOpen(page: Page): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, "open"), PANEL_KEY);
}
