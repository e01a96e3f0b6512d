// What every test of e2e/ui/field/ checks, whatever it does to the browser: how many
// refresh calls reached the server, that no answer was a 5xx, and that no tab was sent
// to the sign-in page. Each spec there replays a failure another auth SDK shipped.
import type { APIRequestContext, BrowserContext, Page, Request } from "@playwright/test";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { loginHref } from "@/lib/client/next-path";
import { expect } from "../fixtures";
import { newAccount, signInThroughForm, type Account } from "../helpers";

export class SessionWatch {
  /** Every POST /auth/refresh the browser sent (held or dropped ones included). */
  readonly refreshes: Request[] = [];
  private readonly serverErrors: string[] = [];
  private readonly loginPages: string[] = [];

  constructor(context: BrowserContext) {
    context.on("request", (request) => {
      if (request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/auth/refresh") this.refreshes.push(request);
    });
    context.on("response", (response) => {
      if (response.status() >= 500) this.serverErrors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    const watch = (page: Page) =>
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame() && new URL(frame.url()).pathname === "/login") this.loginPages.push(frame.url());
      });
    context.pages().forEach(watch);
    context.on("page", watch);
  }

  /** Refresh calls that got an answer from the server (not held, aborted or dropped on the way). */
  async answeredRefreshes(): Promise<number> {
    const answers = await Promise.all(this.refreshes.map((request) => request.response().catch(() => null)));
    return answers.filter((response) => response !== null).length;
  }

  /** Exactly `refreshes` refresh calls were sent, no 5xx came back, no tab showed the sign-in page. */
  expectClean({ refreshes }: { refreshes: number }): void {
    expect(this.refreshes.length, "refresh calls").toBe(refreshes);
    this.expectNoServerErrors();
    expect(this.loginPages, "no sign-in page").toEqual([]);
  }

  expectNoServerErrors(): void {
    expect(this.serverErrors, "no 5xx answers").toEqual([]);
  }
}

/**
 * Lets a test hide and show a page as the browser does for a background tab: the page
 * reads `document.visibilityState`, and hears `visibilitychange`, from what the test set.
 */
export async function controllableVisibility(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const state = { hidden: false };
    Object.defineProperty(window, "__visibility", { value: state });
    Object.defineProperty(document, "visibilityState", { get: () => (state.hidden ? "hidden" : "visible") });
    Object.defineProperty(document, "hidden", { get: () => state.hidden });
  });
}

export async function setHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    (window as unknown as { __visibility: { hidden: boolean } }).__visibility.hidden = value;
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

/** A new shopper signed in on the inspector, whose timeline and token card the tests read. */
export async function signedInOnInspector(page: Page, request: APIRequestContext): Promise<Account> {
  const account = await newAccount(request);
  await page.goto(loginHref(INSPECTOR_PATH));
  await signInThroughForm(page, account);
  await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1);
  return account;
}

/** The access token the page holds, as the inspector shows it. */
export const heldToken = async (page: Page): Promise<string> => (await page.getByTestId("raw-access-token").textContent()) ?? "";

/** Clicks the inspector's "Reload the list" and waits for the sessions to come back (after any refresh and retry). */
export async function reloadSessionList(page: Page): Promise<void> {
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === "/api/v1/auth/sessions" && response.ok());
  await page.getByRole("button", { name: "Reload the list" }).click();
  await answered;
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1);
}
