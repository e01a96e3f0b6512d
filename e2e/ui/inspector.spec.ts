// The auth-flow inspector (/how-sign-in-works) and its shopping panel, on the real
// requests of the running shop: access tokens live 3 seconds, the grace window is 2 s,
// and the main server has the demo tools on (the strict one has them off).
import type { Locator, Page } from "@playwright/test";
import { describeDevice } from "@/components/account/describe-device";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { loginHref } from "@/lib/client/next-path";
import { inspectorEn, type InspectorKey } from "@/lib/shared/i18n/inspector-en";
import { inspectorHi } from "@/lib/shared/i18n/inspector-hi";
import { DEMO, expectError, waitUntilExpired } from "../api/helpers";
import { strictUrl } from "../servers";
import { expect, test } from "./fixtures";
import {
  AuthTraffic,
  expectAccessible,
  newAccount,
  nextGraceBar,
  signInThroughForm,
  tabTimeline,
  trackApiRequests,
  withoutProactiveRefresh,
  type Account,
} from "./helpers";

const DEVANAGARI = /[\u0900-\u097F]/;

const status = (page: Page) => page.getByTestId("inspector-status");

/** The sign-in page, on the way to the inspector, once its silent refresh (no cookie yet) is over. */
async function openLoginForInspector(page: Page): Promise<void> {
  await page.goto(loginHref(INSPECTOR_PATH));
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

async function signInToInspector(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await signInThroughForm(page, account);
  await expect(page.getByRole("heading", { level: 1, name: "How sign-in works" })).toBeVisible();
  await expect(status(page)).toHaveAttribute("data-status", "signed-in");
}

async function openInspectorSignedIn(page: Page, account: Pick<Account, "email" | "password">): Promise<void> {
  await openLoginForInspector(page);
  await signInToInspector(page, account);
}

/** The kind and status of each event in a timeline group, in the order drawn. */
const storyOf = (group: Locator) =>
  group
    .getByTestId("timeline-event")
    .evaluateAll((events) => events.map((event) => `${(event as HTMLElement).dataset.kind} ${(event as HTMLElement).dataset.status}`));

/**
 * Records each step the sequence diagram highlights from now on. It returns the steps seen
 * so far that match `path` in order: all of `path` once the diagram has gone through it.
 */
async function watchDiagram(page: Page): Promise<(path: readonly string[]) => Promise<string[]>> {
  await page.evaluate(() => {
    const diagram = document.querySelector("svg[data-active-phase]")!;
    const seen = [diagram.getAttribute("data-active-phase")!];
    (window as unknown as { diagramPhases: string[] }).diagramPhases = seen;
    new MutationObserver(() => seen.push(diagram.getAttribute("data-active-phase")!)).observe(diagram, {
      attributeFilter: ["data-active-phase"],
    });
  });
  return async (path) => {
    const seen = await page.evaluate(() => (window as unknown as { diagramPhases: string[] }).diagramPhases);
    const matched: string[] = [];
    for (const phase of seen) if (phase === path[matched.length]) matched.push(phase);
    return matched;
  };
}

const EXPIRY_PATH = ["expired", "refresh", "retry"] as const;

test("the header links to the inspector", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "How sign-in works" }).click();
  await expect(page).toHaveURL(INSPECTOR_PATH);
  await expect(page.getByRole("heading", { level: 1, name: "How sign-in works" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why does login return two tokens?" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Why isn't refresh automatic on the server?" })).toBeVisible();
});

test("the countdown reaches zero, then the next call shows as one linked 401 → refresh → retry group", async ({ page, context, request }) => {
  await withoutProactiveRefresh(context);
  const account = await newAccount(request);
  await openLoginForInspector(page);
  const traffic = new AuthTraffic(page);
  const api = trackApiRequests(page);
  await signInToInspector(page, account);
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1); // its load after sign-in
  await api.settled();
  const diagram = await watchDiagram(page);

  const countdown = page.getByTestId("access-countdown").first();
  await expect(countdown).toHaveText("0:00");
  await expect(page.getByText("Expired. The next API call gets 401")).toBeVisible();
  // The server allows a second of clock tolerance past `exp`: wait until it agrees.
  await traffic.waitUntilTokenExpired(request);

  await page.getByRole("button", { name: "Reload the list" }).click();

  const group = page.getByTestId("timeline-group").first();
  await expect(group).toContainText("Expired → refresh → retry");
  await expect.poll(() => storyOf(group)).toEqual(["request 401", "refresh 200", "retry 200"]);
  await expect(group.getByTestId("timeline-event").first()).toContainText("GET /auth/sessions");
  await expect(group.getByTestId("timeline-event").first()).toContainText("401 token_expired");
  await expect.poll(() => diagram(EXPIRY_PATH)).toEqual(EXPIRY_PATH);
  await expect(page.locator("svg[data-active-phase]")).toHaveAttribute("data-active-phase", "retry");
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1);
  await traffic.expectOneRefreshPerExpiry();
});

test('"Expire now" swaps in an expired token: the next call makes exactly one refresh and is retried', async ({ page, context, request }) => {
  await withoutProactiveRefresh(context);
  const api = trackApiRequests(page);
  await openInspectorSignedIn(page, await newAccount(request));
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toHaveCount(1);
  await api.settled();
  const diagram = await watchDiagram(page);
  const calls: string[] = [];
  page.on("request", (sent) => {
    const { pathname, searchParams } = new URL(sent.url());
    // The inspector's own watching reads (the token chain, the ended sessions) are not part
    // of the flow it shows: they never refresh, and the timeline does not record them.
    const watching = pathname.endsWith("/tokens") || searchParams.get("state") === "ended";
    if (pathname.startsWith("/api/v1/") && !watching) calls.push(`${sent.method()} ${pathname}`);
  });

  await page.getByRole("button", { name: "Expire now" }).click();
  await expect(page.getByText("Done: the expired token got 401 token_expired")).toBeVisible();

  // Whatever came before (the token may also have run out on its own), the swapped-in token
  // cost one refresh: its call, the refresh, the same call again, and nothing else.
  const afterSwap = calls.slice(calls.lastIndexOf("POST /api/v1/demo/expire-access-token") + 1);
  expect(afterSwap).toEqual(["GET /api/v1/auth/sessions", "POST /api/v1/auth/refresh", "GET /api/v1/auth/sessions"]);
  const group = page.getByTestId("timeline-group").first();
  expect(await storyOf(group)).toEqual(["request 401", "refresh 200", "retry 200"]);
  await expect.poll(() => diagram(EXPIRY_PATH)).toEqual(EXPIRY_PATH);
  await expect(page.locator("svg[data-active-phase]")).toHaveAttribute("data-active-phase", "retry");
});

test("the language switch turns every text into Hindi, and the choice is remembered", async ({ page, context, request }) => {
  await withoutProactiveRefresh(context);
  await openInspectorSignedIn(page, await newAccount(request));
  const texts = () =>
    page.locator("[data-i18n]").evaluateAll((elements) =>
      elements.map((element) => ({
        key: element.getAttribute("data-i18n") as string,
        lang: element.getAttribute("lang"),
        text: element.textContent ?? "",
      })),
    );
  const plain = (value: string) => value.replaceAll("`", "");
  const hasPlaceholder = (key: InspectorKey) => /\{\w+\}/.test(inspectorEn[key]);

  const english = await texts();
  expect(english.length).toBeGreaterThan(80);
  for (const { key, lang, text } of english) {
    expect(lang, key).toBe("en");
    if (!hasPlaceholder(key as InspectorKey)) expect(text, key).toBe(plain(inspectorEn[key as InspectorKey]));
  }

  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inspectorHi["page.title"]);
  await expect(page.getByRole("button", { name: "हिन्दी" })).toHaveAttribute("aria-pressed", "true");
  const hindi = await texts();
  expect(hindi.length).toBeGreaterThan(80);
  for (const { key, lang, text } of hindi) {
    const k = key as InspectorKey;
    expect(lang, key).toBe("hi");
    if (!hasPlaceholder(k)) expect(text, key).toBe(plain(inspectorHi[k]));
    if (inspectorHi[k] !== inspectorEn[k]) expect(text, key).toMatch(DEVANAGARI);
  }
  // No English sentence is left: outside `code` and the diagram's protocol notation, at most
  // three Latin-script words in a row (technical terms such as "access token expire" stay
  // English, as the seed explainer has them).
  const latinRuns = await page.locator("[data-i18n]").evaluateAll((elements) =>
    elements.flatMap((element) => {
      if (element.getAttribute("data-i18n")!.startsWith("diagram.arrow.")) return []; // protocol notation: "POST /auth/refresh"
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("code").forEach((code) => code.remove());
      const words = (copy.textContent ?? "").split(/\s+/).filter(Boolean);
      const runs: string[] = [];
      let run: string[] = [];
      for (const word of [...words, "।"]) {
        if (/\p{Script=Latin}/u.test(word) && !/\p{Script=Devanagari}/u.test(word)) run.push(word);
        else {
          if (run.length > 3) runs.push(`${element.getAttribute("data-i18n")}: ${run.join(" ")}`);
          run = [];
        }
      }
      return runs;
    }),
  );
  expect(latinRuns).toEqual([]);
  // No capitals forced on Devanagari's neighbours ("EXPIRE हुआ"): uppercase is for English only.
  const shouted = await page
    .locator("[data-i18n]")
    .evaluateAll((elements) =>
      elements.filter((element) => getComputedStyle(element).textTransform === "uppercase").map((element) => element.getAttribute("data-i18n")),
    );
  expect(shouted).toEqual([]);
  // Texts outside the dictionary entries (tables' values, the diagram's numbers) are data, not prose.
  await expect(page.locator("main")).not.toContainText("Why does login return two tokens?");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inspectorHi["page.title"]);
  await page.goto("/");
  await page.getByRole("button", { name: /Token inspector/ }).click();
  await expect(page.getByRole("link", { name: inspectorHi["panel.more"] })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: inspectorEn["panel.more"] })).toBeVisible();
});

test("what a script can read: no token in cookie mode, both tokens in localStorage mode", async ({ page, request }) => {
  const account = await newAccount(request);
  await openInspectorSignedIn(page, account);
  const view = page.getByTestId("script-view");
  await expect(view).toHaveAttribute("data-mode", "cookie");
  for (const id of ["script-cookie", "script-access", "script-refresh"]) {
    await expect(view.getByTestId(id)).toHaveAttribute("data-empty", "true");
  }
  await expect(view).toContainText("document.cookie shows no refresh token");
  expect(await page.evaluate(() => document.cookie)).not.toContain("refresh_token");

  await page.getByRole("radio", { name: "localStorage (the classic tutorial)" }).check();
  await expect(status(page)).toHaveAttribute("data-status", "signed-out");
  await status(page).getByRole("link", { name: "Sign in" }).click();
  await signInThroughForm(page, account);
  await expect(view).toHaveAttribute("data-mode", "localStorage");
  await expect(view.getByTestId("script-access")).toContainText('"eyJ');
  await expect(view.getByTestId("script-refresh")).not.toHaveAttribute("data-empty", "true");
  await expect(view).toContainText("Content-Security-Policy");
  await expect(page.getByTestId("stored-refresh-token")).toHaveText(
    (await page.evaluate(() => localStorage.getItem("refresh_token"))) ?? "missing",
  );
});

test("the decoded access token names this session in its sid claim", async ({ page, request }) => {
  await openInspectorSignedIn(page, await newAccount(request));
  const claims = page.getByTestId("access-claims");
  for (const claim of ["iss", "aud", "sub", "iat", "exp", "jti", "sid"]) {
    await expect(claims.getByRole("rowheader", { name: claim, exact: true })).toBeVisible();
  }
  const row = (claim: string) => claims.getByRole("row").filter({ has: page.getByRole("rowheader", { name: claim, exact: true }) });
  await expect(row("iss")).toContainText("shop");
  await expect(row("aud")).toContainText("shop-api");
  const sid = await page.getByTestId("sessions").locator("li[data-current]").getAttribute("data-session-id");
  expect(sid).toBeTruthy();
  await expect(row("sid")).toContainText(sid!);
});

test('"Log out everywhere" signs out this tab and revokes the other devices', async ({ page, context, request }) => {
  await withoutProactiveRefresh(context);
  const account = await newAccount(request);
  const otherDevice = await (await request.post("/api/v1/auth/login", { data: account })).json();
  await openInspectorSignedIn(page, account);
  // Three families: the registration, the other device, and this tab's login.
  await expect(page.getByTestId("sessions").getByRole("listitem")).toHaveCount(3);

  // Asked first, as on the account page: Cancel changes nothing.
  const control = page.getByTestId("control-logout-all");
  await control.getByRole("button", { name: "Log out everywhere" }).click();
  await control.getByRole("button", { name: "Cancel" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "signed-in");
  await control.getByRole("button", { name: "Log out everywhere" }).click();
  await control.getByRole("button", { name: "Yes, log out everywhere" }).click();
  await expect(status(page)).toHaveAttribute("data-status", "signed-out");
  await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: otherDevice.refresh_token } }), 401, "invalid_grant");
});

test("without demo tools (the strict server) the inspector says so and offers no Expire button", async ({ page }) => {
  await page.goto(`${strictUrl}${INSPECTOR_PATH}`);
  await expect(page.getByText("This server runs without demo tools")).toBeVisible();
  await expect(page.getByRole("button", { name: "Expire now" })).toHaveCount(0);
});

test("the shopping panel: collapsed at first, opened from the keyboard, remembered, closed with Escape", async ({ page, request }) => {
  await page.goto(`/login?next=/`);
  await signInThroughForm(page, await newAccount(request));
  const toggle = page.getByRole("button", { name: /Token inspector/ });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(page.getByRole("heading", { name: "Latest requests" })).toHaveCount(0);

  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  const panel = page.getByRole("complementary", { name: "Token inspector" });
  await expect(panel.getByRole("heading", { name: "Latest requests" })).toBeVisible();
  await expect(panel.getByTestId("timeline-event").first()).toBeVisible();
  await expect(panel.getByTestId("access-countdown")).toBeVisible();

  await page.reload();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await panel.getByRole("link", { name: "Open the full inspector" }).focus();
  await page.keyboard.press("Escape");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toBeFocused();
  await page.reload();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");

  // On the full inspector the panel steps aside: the page shows all of it.
  await page.goto(INSPECTOR_PATH);
  await expect(page.getByRole("heading", { level: 1, name: "How sign-in works" })).toBeVisible();
  await expect(toggle).toHaveCount(0);
});

test("accessibility: the inspector in English and Hindi, and the open panel, have no serious violations", async ({ page }) => {
  await openInspectorSignedIn(page, DEMO);
  await expect(page.getByTestId("access-claims")).toBeVisible();
  await expectAccessible(page, "the inspector (English)");
  await page.getByRole("button", { name: "हिन्दी" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(inspectorHi["page.title"]);
  await expectAccessible(page, "the inspector (Hindi)");
  await page.getByRole("button", { name: "English" }).click();

  await page.goto("/");
  await page.getByRole("button", { name: /Token inspector/ }).click();
  await expect(page.getByRole("link", { name: "Open the full inspector" })).toBeVisible();
  await expectAccessible(page, "the home page with the inspector panel open");
});

test("the countdown at zero is one click from the next call: 401 → refresh → retry, and one clock per token", async ({
  page,
  context,
  request,
}) => {
  await withoutProactiveRefresh(context);
  const account = await newAccount(request);
  await openInspectorSignedIn(page, account);
  await expect(page.getByTestId("access-countdown")).toHaveCount(1); // beside the controls, not twice
  await waitUntilExpired(request, (await page.getByTestId("raw-access-token").textContent()) ?? "");
  await expect(page.getByTestId("access-countdown")).toHaveText("0:00");
  await page.getByTestId("control-call").getByRole("button", { name: "Make an API call now" }).click();
  await expect.poll(() => storyOf(page.getByTestId("timeline-group").first())).toEqual(["request 401", "refresh 200", "retry 200"]);
  await expect(page.getByTestId("access-countdown")).not.toHaveText("0:00");
});

test("the sessions card names the device as the account page does, and a storage switch is one row and no stale result", async ({
  page,
  request,
}) => {
  const account = await newAccount(request);
  await openInspectorSignedIn(page, account);
  const device = describeDevice(await page.evaluate(() => navigator.userAgent));
  await expect(page.getByTestId("sessions").locator("li[data-current]")).toContainText(device);

  await page.getByRole("button", { name: "Expire now" }).click();
  await expect(page.getByText(inspectorEn["expire.done"].replaceAll("`", ""))).toBeVisible();
  await page.getByRole("button", { name: "Clear the timeline" }).click();
  await page.getByRole("radio", { name: "localStorage (the classic tutorial)" }).check();
  await expect(status(page)).toHaveAttribute("data-status", "signed-out");
  await expect(page.getByTestId("signed-out-reason")).toHaveText(inspectorEn["cause.storage_mode_changed"]);
  const expire = page.getByTestId("control-expire");
  await expect(expire).toContainText(inspectorEn["expire.needsSignIn"]);
  await expect(expire).not.toContainText(inspectorEn["expire.done"].replaceAll("`", ""));
  // The switch's one row says what happened; no second "Signed out" beside it.
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('[data-i18n="event.logout"], [data-i18n="event.signed-out"]')).toHaveCount(1);
  await expect(timeline.locator('[data-i18n="scope.storage_mode_changed"]')).toHaveCount(1);
});

test("on a phone, the result of Expire now shows beside the control; in cookie mode the replay offers the switch", async ({ page, request }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openInspectorSignedIn(page, await newAccount(request));
  const expire = page.getByTestId("control-expire");
  await expire.getByRole("button", { name: "Expire now" }).click();
  const result = expire.getByTestId("expire-result");
  await expect(result).toBeInViewport();
  await expect.poll(() => storyOf(result.getByTestId("timeline-group"))).toEqual(["request 401", "refresh 200", "retry 200"]);

  const replay = page.getByTestId("control-replay");
  await replay.getByRole("button", { name: "Switch to localStorage mode to try it" }).click();
  await expect(page.getByRole("radio", { name: "localStorage (the classic tutorial)" })).toBeChecked();
  await expect(replay.getByRole("button", { name: "Replay", exact: true })).toBeVisible();
});

test("the server's chain: one token more per rotation, the one this browser holds marked, a grace bar closing on the spent one", async ({
  page,
  context,
  request,
}) => {
  await withoutProactiveRefresh(context);
  const chainReads: number[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith("/tokens")) chainReads.push(response.status());
  });
  await openInspectorSignedIn(page, await newAccount(request));
  const tokens = page.getByTestId("token-chain").getByTestId("chain-token");
  await expect(tokens).toHaveCount(1);
  await expect(tokens.first()).toHaveAttribute("data-state", "live");
  await expect(tokens.first()).toHaveAttribute("data-held", "true"); // cookie mode: the newest, unspent token
  const login = (await tokens.first().getAttribute("data-fingerprint"))!;
  expect(login).toMatch(/^[0-9a-f]{8}$/);

  for (const length of [2, 3]) {
    // The grace bar lives for 2 s from the refresh: watched from before the click.
    const bar = page.getByTestId("grace-bar");
    const barSeen = nextGraceBar(page);
    await page.getByRole("button", { name: "Expire now" }).click();
    await expect(tokens).toHaveCount(length);
    const spent = tokens.nth(length - 2);
    const newest = tokens.nth(length - 1);
    await expect(newest).toHaveAttribute("data-state", "live");
    await expect(newest).toHaveAttribute("data-held", "true");
    await expect(spent).not.toHaveAttribute("data-held", "true");
    expect(await barSeen).toBe(await spent.getAttribute("data-fingerprint"));
    await expect(bar).toHaveCount(0, { timeout: 6_000 }); // the window closes...
    await expect(spent).toHaveAttribute("data-state", "spent"); // ...and a replay now would end the session
  }
  await expect(tokens.first()).toHaveAttribute("data-fingerprint", login); // fingerprints are stable
  // Watching the chain is not part of the flow: no timeline row reads it, and it is never
  // read with the expired token "Expire now" swapped in (that would only get a 401).
  await expect(tabTimeline(page)).not.toContainText("/tokens");
  expect(chainReads.length).toBeGreaterThanOrEqual(3);
  expect(chainReads.filter((status) => status !== 200)).toEqual([]);
});

test("each tab has its own name; the second tab's refresh is attributed to it in both timelines", async ({ page, context, request }) => {
  await withoutProactiveRefresh(context);
  await openInspectorSignedIn(page, await newAccount(request));
  const nameOf = async (tab: Page) => ((await tab.locator('[data-i18n="tab.this"]').textContent()) ?? "").replace("This tab: ", "");
  const hint = page.getByTestId("tab-hint");
  await expect(hint).toContainText(inspectorEn["tab.hint.title"]);
  const [second] = await Promise.all([context.waitForEvent("page"), hint.getByRole("link", { name: inspectorEn["tab.hint.open"] }).click()]);
  await expect(second.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
  const [first, other] = [await nameOf(page), await nameOf(second)];
  expect(first).toMatch(/^[A-Z][2-9]$/);
  expect(other).toMatch(/^[A-Z][2-9]$/);
  expect(other).not.toBe(first);

  await page.getByRole("button", { name: "Clear the timeline" }).click();
  await second.getByRole("button", { name: "Expire now" }).click();
  await expect(second.getByText(inspectorEn["expire.done"].replaceAll("`", ""))).toBeVisible();
  await expect(tabTimeline(second)).toContainText(`This tab (${other}) made the call`);
  await expect(tabTimeline(page)).toContainText(`Tab ${other} made the refresh call; this tab received the new access token`);
  await expect(tabTimeline(page)).not.toContainText("This tab (");
});
