// /docs/api: the OpenAPI document rendered by the self-hosted Scalar viewer, at every
// address a stranger uses, on a phone too, with nothing fetched from another host.
import { expect, test } from "@playwright/test";
import { atAddress, mainUrl } from "../servers";

for (const origin of [mainUrl, atAddress(mainUrl, "127.0.0.1")]) {
  for (const viewport of [
    { width: 1280, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`the API reference renders the document at ${origin}, ${viewport.width} px wide, from this site only`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const elsewhere: string[] = [];
      const refused: string[] = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) elsewhere.push(request.url());
      });
      page.on("console", (message) => {
        if (message.type() === "error") refused.push(message.text());
      });
      const response = await page.goto(`${origin}/docs/api`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Two-Token Shop API" })).toBeVisible();
      await expect(page.getByText("Spend a refresh token for a new pair (rotation)").first()).toBeAttached();
      await page.waitForLoadState("networkidle");
      expect(elsewhere, "no font, CDN, telemetry or agent request").toEqual([]);
      expect(refused, "nothing the page's policy had to block").toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    });
  }
}

test("only /docs/api relaxes the style policy; the shop's pages keep theirs", async ({ request }) => {
  const reference = (await request.get("/docs/api")).headers()["content-security-policy"];
  expect(reference).toContain("style-src 'self' 'unsafe-inline'");
  expect(reference).toMatch(/script-src 'self' 'nonce-[^']+'(;|$)/);
  expect(reference).toContain("connect-src 'self'");
  const shop = (await request.get("/products")).headers()["content-security-policy"];
  expect(shop).not.toContain("unsafe-inline");
  expect(shop).toContain("'strict-dynamic'");
  const bundle = await request.get("/docs/api/scalar.js");
  expect(bundle.headers()["content-type"]).toContain("javascript");
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
});
