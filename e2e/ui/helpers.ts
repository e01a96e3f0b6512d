// Shared steps of the browser tests.
//
// The UI tests buy only these products (plenty of stock, and bought by no HTTP test, whose
// stock assertions must not see our orders): organic-cotton-crew-tee, acacia-wood-cutting-board,
// brass-ballpoint-pen, parachute-nylon-hammock.
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type BrowserContext, type Page, type Request } from "@playwright/test";
import { register, waitUntilExpired } from "../api/helpers";

export const PRODUCTS = {
  tee: { slug: "organic-cotton-crew-tee", name: "Organic Cotton Crew Tee" },
  board: { slug: "acacia-wood-cutting-board", name: "Acacia Wood Cutting Board" },
  pen: { slug: "brass-ballpoint-pen", name: "Brass Ballpoint Pen" },
  hammock: { slug: "parachute-nylon-hammock", name: "Parachute Nylon Hammock" },
} as const;

export const SHIPPING = {
  "Full name": "Asha Verma",
  "Street address": "12 MG Road",
  City: "Pune",
  "Postal code": "411001",
  Country: "India",
} as const;

export type Account = { email: string; password: string; name: string };

/** A new account (registered through the API), so parallel tests never share a cart. */
export async function newAccount(request: APIRequestContext): Promise<Account> {
  const registered = await register(request);
  return { email: registered.email, password: registered.password, name: registered.user.name };
}

/**
 * Turns off the refresh shortly before expiry, so every expiry goes through
 * 401 token_expired → refresh → retry, and refreshes can be counted exactly.
 */
export async function withoutProactiveRefresh(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    // Also runs in about:blank, which has no storage.
    if (location.protocol.startsWith("http")) localStorage.setItem("shop.proactive-refresh", "off");
  });
}

/** Opens a page as a guest, once the page has finished looking for a session to restore. */
export async function openSignedOut(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

export async function signInThroughForm(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(accountMenu(page)).toBeVisible();
}

export const accountMenu = (page: Page) => page.getByRole("button", { name: /account menu/i });

/**
 * Opens the account menu and waits until it says it is open. The menu closes on every path
 * change, so a click that lands just before the signed-in login page moves on to its next
 * page is undone; the menu's aria-expanded tells.
 */
export async function openAccountMenu(page: Page): Promise<void> {
  await expect(async () => {
    if ((await accountMenu(page).getAttribute("aria-expanded")) !== "true") await accountMenu(page).click();
    await expect(accountMenu(page)).toHaveAttribute("aria-expanded", "true", { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
}

/** The inspector page's timeline of this tab (the "Expire now" result shows a timeline of its own). */
export const tabTimeline = (page: Page) => page.getByRole("region", { name: "Timeline of this tab" }).getByTestId("timeline");

/**
 * The fingerprint on the next grace bar the inspector shows. Watched inside the page from
 * the moment this is called, so a bar that lives its 2 s while the test is busy elsewhere
 * is still seen.
 */
export function nextGraceBar(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const seen = () => document.querySelector('[data-testid="grace-bar"]')?.getAttribute("data-fingerprint");
        const observer = new MutationObserver(() => {
          const fingerprint = seen();
          if (fingerprint) {
            observer.disconnect();
            clearTimeout(timeout);
            resolve(fingerprint);
          }
        });
        const timeout = setTimeout(() => {
          observer.disconnect();
          reject(new Error("no grace bar appeared within 15 s"));
        }, 15_000);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      }),
  );
}

export const cartDrawer = (page: Page) => page.getByRole("dialog", { name: "Your cart" });
export const cartLink = (page: Page) => page.getByRole("link", { name: /^Cart, \d+ items?$/ });

export async function expectCartCount(page: Page, count: number): Promise<void> {
  await expect(page.getByRole("link", { name: count === 1 ? "Cart, 1 item" : `Cart, ${count} items` })).toBeVisible();
}

/** Search the catalog, open the product and add `quantity` of it to the cart. */
export async function addToCart(page: Page, product: { slug: string; name: string }, quantity = 1): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Shop" }).click();
  await expect(page).toHaveURL("/products");
  await expect(page.getByRole("heading", { level: 1, name: "All products" })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search", exact: true }).fill(product.name);
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/\/products\?q=/);
  await page
    .getByRole("link", { name: new RegExp(product.name) })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: product.name })).toBeVisible();
  if (quantity !== 1) {
    const field = page.getByRole("spinbutton", { name: "Quantity" });
    await field.fill(String(quantity));
    await field.press("Enter");
  }
  await page.getByRole("button", { name: "Add to cart" }).click();
  // Adding opens the cart drawer, which says what was added; closed, the page says it too.
  const drawer = cartDrawer(page);
  await expect(drawer.getByRole("status")).toHaveText(`Added ${quantity} × ${product.name} to your cart.`);
  await drawer.getByRole("button", { name: "Close cart" }).click();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Added ${quantity} × ${product.name}` })).toBeVisible();
}

export async function fillShipping(page: Page): Promise<void> {
  for (const [label, value] of Object.entries(SHIPPING)) await page.getByLabel(label, { exact: true }).fill(value);
}

/** Fails the test if the page ever shows the sign-in form from now on. */
export function neverShowsLogin(page: Page): () => void {
  const seen: string[] = [];
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame() && new URL(frame.url()).pathname === "/login") seen.push(frame.url());
  });
  return () => expect(seen, "the login page never appeared").toEqual([]);
}

/**
 * Tracks the page's API requests that are still waiting for their answer. A test about
 * the inspector's latest event waits for none to be left before it acts: a late answer to
 * an earlier call (the cart and the sessions list load right after sign-in) would
 * otherwise land in the middle of the step it watches.
 */
export function trackApiRequests(page: Page): { settled(): Promise<void> } {
  const inFlight = new Set<Request>();
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/v1/")) inFlight.add(request);
  });
  const answered = (request: Request) => inFlight.delete(request);
  page.on("requestfinished", answered);
  page.on("requestfailed", answered);
  return {
    settled: () =>
      expect
        .poll(() => [...inFlight].map((request) => `${request.method()} ${new URL(request.url()).pathname}`), {
          message: "API requests still waiting for an answer",
        })
        .toEqual([]),
  };
}

const isRefresh = (request: Request) => request.method() === "POST" && new URL(request.url()).pathname === "/api/v1/auth/refresh";

/**
 * Watches the auth traffic of one page or a whole browser context: every refresh request,
 * every access token the server called expired, and the newest access token issued.
 */
export class AuthTraffic {
  readonly refreshes: Request[] = [];
  private readonly expired = new Set<string>();
  private latest: string | null = null;
  private readonly pending: Promise<void>[] = [];

  constructor(target: Page | BrowserContext) {
    target.on("request", (request) => {
      if (isRefresh(request)) this.refreshes.push(request);
    });
    target.on("response", (response) => {
      const path = new URL(response.url()).pathname;
      if (!path.startsWith("/api/v1/")) return;
      const read = async () => {
        if (response.status() === 401) {
          const body = await response.json().catch(() => null);
          if (body?.error?.code === "token_expired") this.expired.add(response.request().headers().authorization ?? "");
        } else if (response.ok() && /^\/api\/v1\/auth\/(login|register|refresh)$/.test(path)) {
          this.latest = (await response.json()).access_token;
        }
      };
      this.pending.push(read());
    });
  }

  /** Every response seen so far has been read. */
  async settled(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** How many different access tokens the server has answered 401 token_expired to. */
  get expiredTokenCount(): number {
    return this.expired.size;
  }

  /** Waits, by asking the API, until the newest access token is past its 3-second life. */
  async waitUntilTokenExpired(request: APIRequestContext): Promise<void> {
    await this.settled();
    const token = this.latest;
    expect(token, "an access token was issued").not.toBeNull();
    await waitUntilExpired(request, token!);
  }

  /**
   * Exactly one refresh per expiry: each refresh was caused by an access token the server
   * called expired, each such token caused one refresh, all succeeded, and no refresh token
   * was ever spent twice (which is what two uncoordinated refreshes would do).
   */
  async expectOneRefreshPerExpiry(): Promise<void> {
    await this.settled();
    expect(this.expired.size, "the access token expired at least once").toBeGreaterThan(0);
    expect(this.refreshes.length, "refreshes").toBe(this.expired.size);
    const answers = await Promise.all(this.refreshes.map((request) => request.response()));
    expect(answers.map((response) => response?.status())).toEqual(this.refreshes.map(() => 200));
    const spent = await Promise.all(this.refreshes.map(spentRefreshToken));
    expect(new Set(spent).size, "no refresh token was spent twice").toBe(spent.length);
  }
}

/** The refresh token a refresh request presented: the JSON body's, or the cookie's. */
async function spentRefreshToken(request: Request): Promise<string> {
  const body = request.postDataJSON() as { refresh_token?: string } | null;
  if (body?.refresh_token) return body.refresh_token;
  const cookie = (await request.allHeaders()).cookie ?? "";
  const token = /(?:^|;\s*)refresh_token=([^;]+)/.exec(cookie)?.[1];
  expect(token, "the refresh request carried a refresh token").toBeDefined();
  return token!;
}

/** axe-core on the current page: no serious or critical violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
  expect(serious, `accessibility of ${what}`).toEqual([]);
}
