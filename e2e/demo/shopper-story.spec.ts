// The shopper's story, as the classic explainer tells it: login → two tokens stored → API
// calls → the access token expires → refresh → retry → checkout succeeds. Access tokens
// live 3 seconds here (30 minutes in a real shop), so they expire on the way to the cart
// and again mid-checkout. This is the suites' one end-to-end story in the recommended
// cookie mode (e2e/ui/shopper-story.spec.ts tells it in localStorage mode), and the
// browser story that npm run test:postgres runs on PostgreSQL too.
import { expect, test } from "../ui/fixtures";
import {
  AuthTraffic,
  PRODUCTS,
  addToCart,
  expectCartCount,
  fillShipping,
  neverShowsLogin,
  newAccount,
  signInThroughForm,
  withoutProactiveRefresh,
} from "../ui/helpers";
import { expectOnePicturePerStep, setup, step, withInspectorPanelOpen } from "./story";

const ORDER_TOTAL = "$83.98"; // 2 × the pen at $29.99, 1 × the tee at $24.00

test("the access token expires on the way to the cart and again mid-checkout, and the shopper never notices", async ({
  page,
  context,
  request,
}) => {
  // Without the refresh shortly before expiry, so the story shows the 401 → refresh → retry path.
  const account = await setup("a new shopper; the inspector panel open; no refresh before expiry, so the 401 path shows", async () => {
    await withoutProactiveRefresh(context);
    await withInspectorPanelOpen(page);
    return newAccount(request);
  });
  let traffic!: AuthTraffic;

  await step(page, "1. Login: email and password buy two tokens", async () => {
    await page.goto("/login?next=/products");
    await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
    traffic = new AuthTraffic(page);
    const login = page.waitForResponse((response) => response.url().endsWith("/api/v1/auth/login"));
    await signInThroughForm(page, account);
    const body = await (await login).json();
    expect(body).toMatchObject({ access_token: expect.any(String), token_type: "Bearer", expires_in: 3 });
  });

  const sawLoginAgain = neverShowsLogin(page);

  await step(page, "2. Two tokens stored: the access token in memory, the refresh token in an HttpOnly cookie", async () => {
    const cookie = (await context.cookies()).find((candidate) => candidate.name === "refresh_token");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/v1/auth" });
    expect(await page.evaluate(() => document.cookie)).not.toContain("refresh_token");
    // Cookie mode keeps no token where scripts can read it.
    expect(await page.evaluate(() => [localStorage.getItem("access_token"), localStorage.getItem("refresh_token")])).toEqual([null, null]);
    await expect(page.getByTestId("access-countdown")).toBeVisible();
  });

  await step(page, "3. API calls: every request carries the access token as a Bearer header", async () => {
    const addRequest = page.waitForRequest((sent) => sent.url().endsWith("/api/v1/cart/items"));
    await addToCart(page, PRODUCTS.pen, 2);
    expect((await addRequest).headers().authorization).toMatch(/^Bearer ey/);
    await addToCart(page, PRODUCTS.tee);
    await expectCartCount(page, 3);
  });

  await step(page, "4. The token expires while the shopper looks around: the cart loads anyway", async () => {
    await traffic.waitUntilTokenExpired(request);
    await page.getByRole("link", { name: "Cart, 3 items" }).click();
    await expect(page.getByRole("heading", { name: "Your cart" })).toBeVisible();
    await expect(page.getByRole("link", { name: PRODUCTS.pen.name })).toBeVisible();
    await expect(page.getByRole("link", { name: PRODUCTS.tee.name })).toBeVisible();
    await expect(page.getByText("Subtotal (3 items)")).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: ORDER_TOTAL })).toBeVisible();
  });

  await step(page, "5. It expires again while the shopper fills in the address", async () => {
    await page.getByRole("link", { name: "Check out" }).click();
    await expect(page.getByRole("heading", { name: "Checkout" })).toBeVisible();
    await fillShipping(page);
    await traffic.waitUntilTokenExpired(request);
    await expect(page.getByTestId("access-countdown")).toHaveText("0:00");
  });

  const checkouts: { status: number; key: string | undefined }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname === "/api/v1/checkout") {
      checkouts.push({ status: response.status(), key: response.request().headers()["idempotency-key"] });
    }
  });

  let refreshesBefore = 0;
  await step(page, "6. Place order: the server answers 401 token_expired", async () => {
    refreshesBefore = traffic.refreshes.length; // the expiry on the way to the cart had its own refresh
    await page.getByRole("button", { name: "Place order" }).click();
    await expect.poll(() => checkouts[0]?.status).toBe(401);
  });

  await step(page, "7. Refresh: the refresh token buys a new pair, once", async () => {
    await expect.poll(() => traffic.refreshes.length - refreshesBefore).toBe(1);
    expect((await traffic.refreshes.at(-1)!.response())?.status()).toBe(200);
  });

  await step(page, "8. Retry: the same order again, with the new token and the same Idempotency-Key", async () => {
    await expect.poll(() => checkouts.length).toBe(2);
    expect(checkouts[1]).toEqual({ status: 201, key: checkouts[0]!.key });
    const panel = page.getByRole("complementary", { name: "Token inspector" });
    await expect(panel.getByTestId("timeline-group").first()).toContainText("POST /checkout");
  });

  await step(page, "9. Checkout succeeds: the shopper never saw the sign-in page", async () => {
    await expect(page.getByRole("heading", { name: "Thank you, your order is placed" })).toBeVisible();
    await expect(page.getByRole("cell", { name: PRODUCTS.pen.name })).toBeVisible();
    await expect(page.getByRole("cell", { name: PRODUCTS.tee.name })).toBeVisible();
    await expect(page.getByText(ORDER_TOTAL)).toBeVisible();
    await expect(page.getByRole("link", { name: "Cart, 0 items" })).toBeVisible();
    sawLoginAgain();
    await traffic.expectOneRefreshPerExpiry();
  });
  expectOnePicturePerStep();
});
