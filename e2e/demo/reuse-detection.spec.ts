// Why rotation matters: a refresh token copied by a malicious script is spent the next
// time the shopper's tab refreshes. When the copy comes back after the grace window, the
// server sees a spent token return, revokes the whole family, and the copy is worthless.
// The inspector's Replay button plays the thief; this is the suites' one test of it. The
// inspector draws the family as the server keeps it, so the story also shows what reuse
// detection sees, and what the shopper is told afterwards.
import { createHash } from "node:crypto";
import { INSPECTOR_PATH } from "@/components/inspector/path";
import { inspectorEn } from "@/lib/shared/i18n/inspector-en";
import { expectError } from "../api/helpers";
import { expect, test } from "../ui/fixtures";
import { newAccount, signInThroughForm, withoutProactiveRefresh } from "../ui/helpers";
import { expectOnePicturePerStep, setup, step } from "./story";

test("a stolen refresh token is replayed: reuse detection ends the session", async ({ page, context, request }) => {
  // The tab refreshes only when the story says so (the Replay control refreshes first), so
  // the chain holds exactly the tokens each step names, however slow the machine.
  await withoutProactiveRefresh(context);
  const account = await setup("a new shopper", () => newAccount(request));
  const status = page.getByTestId("inspector-status");
  const chain = page.getByTestId("token-chain").getByTestId("chain-token");
  /** The server's fingerprint of a refresh token: the first 8 hex digits of its stored SHA-256. */
  const fingerprint = (token: string) => createHash("sha256").update(token).digest("hex").slice(0, 8);
  let stolen = "";
  let family = "";
  // The newest refresh token this tab is given: the family's live end, never spent.
  let newest: string | null = null;
  page.on("response", async (response) => {
    if (response.ok() && /^\/api\/v1\/auth\/(login|refresh)$/.test(new URL(response.url()).pathname)) {
      const body = (await response.json().catch(() => null)) as { refresh_token?: string } | null; // null: aborted
      newest = body?.refresh_token ?? newest;
    }
  });

  await step(page, "1. Login in localStorage mode: both tokens sit where any script can read them", async () => {
    await page.goto(INSPECTOR_PATH);
    await expect(status).toHaveAttribute("data-status", "signed-out");
    await expect(page.getByText("Available in localStorage mode only.")).toBeVisible();
    await page.getByRole("radio", { name: "localStorage (the classic tutorial)" }).check();
    await status.getByRole("link", { name: "Sign in" }).click();
    await signInThroughForm(page, account);
    await expect(status).toHaveAttribute("data-status", "signed-in");
    await expect(page.getByTestId("script-view").getByTestId("script-refresh")).not.toHaveAttribute("data-empty", "true");
    family = (await page.getByTestId("sessions").locator("li[data-current]").getAttribute("data-session-id")) ?? "";
    expect(family).not.toBe("");
    // The server's side: a family of one token, the one in localStorage.
    await expect(chain).toHaveCount(1);
    const held = (await page.evaluate(() => localStorage.getItem("refresh_token"))) ?? "";
    await expect(chain.first()).toHaveAttribute("data-fingerprint", fingerprint(held));
    await expect(chain.first()).toHaveAttribute("data-held", "true");
  });

  await step(page, "2. A malicious script copies the refresh token from localStorage", async () => {
    stolen = (await page.evaluate(() => localStorage.getItem("refresh_token"))) ?? "";
    expect(stolen).not.toBe("");
    await page.getByTestId("control-replay").scrollIntoViewIfNeeded();
  });

  await step(page, "3. The shopper's tab refreshes: the copied token is now spent", async () => {
    // The inspector's Replay plays the thief: it refreshes first, then waits out the grace window.
    await page.getByRole("button", { name: "Replay", exact: true }).click();
    await expect(page.getByText(/Waiting out the grace window: \d s left/)).toBeVisible();
    // The chain grew by one: the stolen token is spent, its successor is what this tab holds.
    await expect(chain).toHaveCount(2);
    await expect(chain.first()).toHaveAttribute("data-fingerprint", fingerprint(stolen));
    await expect(chain.nth(1)).toHaveAttribute("data-held", "true");
    // A finished step says it is done, not "…".
    await expect(page.getByTestId("control-replay").getByText(inspectorEn["replay.step.rotated"])).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem("refresh_token"))).not.toBe(stolen);
  });

  await step(page, "4. The thief presents the spent token: reuse detected, the whole family revoked", async () => {
    await expect(page.getByTestId("replay-result")).toContainText("401 invalid_grant");
    await expect(page.getByTestId("replay-result")).toContainText("revoked the whole family");
    // The chain turns red where the spent token came back: every token revoked, the newest too.
    await expect(chain.first()).toHaveAttribute("data-came-back", "true");
    for (const token of await chain.all()) await expect(token).toHaveAttribute("data-state", "revoked");
    await expect(page.getByTestId("chain-reuse")).toBeVisible();
    await expect(page.getByTestId("grace-bar")).toHaveCount(0);
    const timeline = page.getByTestId("timeline");
    await expect(timeline.getByTestId("timeline-event").filter({ hasText: "Replay of a spent refresh token" })).toContainText(
      "401 invalid_grant",
    );
    await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: stolen } }), 401, "invalid_grant");
    // The newest token of the family, which nobody spent, is revoked with it.
    expect(newest).not.toBeNull();
    await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: newest } }), 401, "invalid_grant");
  });

  await step(page, "5. The shopper's tab is signed out at its next refresh", async () => {
    await expect(page.getByTestId("replay-signed-out")).toBeVisible();
    await expect(status).toHaveAttribute("data-status", "signed-out");
    await expect(page.getByTestId("signed-out-reason")).toHaveText(inspectorEn["cause.session_expired"]); // the status says why
    await expect(page).toHaveURL(INSPECTOR_PATH); // the inspector shows the sign-out instead of leaving for the login page
    await expect(page.locator("svg[data-active-phase]")).toHaveAttribute("data-active-phase", "signed-out");
    await expect(
      page.getByTestId("timeline").getByTestId("timeline-event").filter({ hasText: "Signed out: the session has ended" }),
    ).toHaveCount(1);
    expect(await page.evaluate(() => [localStorage.getItem("access_token"), localStorage.getItem("refresh_token")])).toEqual([null, null]);
  });

  await step(page, "6. Signing in again starts a new family; the stolen one stays dead", async () => {
    await status.getByRole("link", { name: "Sign in" }).click();
    await signInThroughForm(page, account);
    const sessions = page.getByTestId("sessions");
    await expect(sessions.locator("li[data-current]")).toHaveCount(1);
    await expect(sessions.locator(`li[data-session-id="${family}"]`)).toHaveCount(0);
    // Told once, at this sign-in, what happened and what it means; a new family, a new chain.
    await expect(page.getByTestId("reuse-notice")).toContainText("We ended one of your sessions to protect your account");
    await expect(chain).toHaveCount(1);
    await expect(page.getByTestId("inspector-ended-sessions").locator(`li[data-end-reason="reuse_detected"]`)).toContainText(family);
  });

  await step(page, "7. The account page's security activity says why that session ended", async () => {
    await page.getByTestId("reuse-notice").getByRole("link", { name: "where you are signed in" }).click();
    await expect(page).toHaveURL(/\/account#security$/);
    const ended = page.getByTestId("ended-sessions").locator('li[data-end-reason="reuse_detected"]');
    await expect(ended).toContainText(inspectorEn["ended.reason.reuse_detected"]);
    await page.getByRole("heading", { name: "Security activity" }).scrollIntoViewIfNeeded();
    await page.reload();
    await expect(page.getByTestId("ended-sessions")).toBeVisible();
    await expect(page.getByTestId("reuse-notice")).toHaveCount(0); // once, not on every page
  });
  expectOnePicturePerStep();
});
