// The headers of README's "Content Security Policy": a nonce-based policy on every page,
// a fixed one on the API, nosniff and a Referrer-Policy everywhere, and an injected
// script that does not run.
import { expect, test } from "./fixtures";

const nonceOf = (policy: string) => /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/.exec(policy)?.[1];

test("pages get a strict nonce policy, and every script of the page carries that nonce", async ({ page }) => {
  const response = await page.goto("/products/organic-cotton-crew-tee");
  const headers = response!.headers();
  const policy = headers["content-security-policy"]!;
  const nonce = nonceOf(policy);
  expect(nonce, policy).toBeDefined();
  expect(policy.split("; ")).toEqual([
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ]);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");

  const scriptNonces = await page.evaluate(() => [...document.scripts].map((script) => script.nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(new Set(scriptNonces)).toEqual(new Set([nonce]));

  const again = await page.goto("/");
  expect(nonceOf(again!.headers()["content-security-policy"]!), "a new nonce per response").not.toBe(nonce);
});

test("markup injected into the page cannot run script", async ({ page, problems }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "New arrivals" })).toBeVisible();
  // The classic XSS payload: an inline event handler has no nonce, so it never runs.
  await page.evaluate(() =>
    document.body.insertAdjacentHTML("beforeend", '<img src="/no-such-image" alt="" onerror="window.__injected = true">'),
  );
  // The fixture records every violation; this one is the point of the test.
  await expect.poll(() => problems.length).toBe(1);
  expect(problems.splice(0)).toEqual([expect.stringContaining("CSP violation: script-src-attr blocked inline")]);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test("the API and static files get nosniff, and the API a policy that allows nothing", async ({ request }) => {
  const api = await request.get("/api/v1/products?limit=1");
  expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["referrer-policy"]).toBe("same-origin");

  const image = await request.get("/products/organic-cotton-crew-tee.svg");
  expect(image.status()).toBe(200);
  expect(image.headers()["x-content-type-options"]).toBe("nosniff");
});
