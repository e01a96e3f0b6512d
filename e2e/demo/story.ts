// The demo stories' one helper: a step of the flow, told as a Playwright step, with a
// picture of the page at its end attached to the report (npm run e2e:demo turns the HTML
// report into a step-by-step demo, one screenshot per step).
import { test, type Page } from "@playwright/test";
import { PANEL_KEY } from "@/components/inspector/preferences";

export async function step(page: Page, title: string, body: () => Promise<void>): Promise<void> {
  await test.step(title, async () => {
    await body();
    // Attached inside the step, so the report shows it under the step's title.
    await test.info().attach("screenshot", { body: await page.screenshot(), contentType: "image/png" });
  });
}

/** The inspector panel starts open on every page, so each picture shows the tokens at work. */
export async function withInspectorPanelOpen(page: Page): Promise<void> {
  await page.addInitScript((key) => localStorage.setItem(key, "open"), PANEL_KEY);
}
