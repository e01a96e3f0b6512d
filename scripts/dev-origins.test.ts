// `npm run dev` serves its scripts and hot reload only to pages on the hosts Next.js
// allows; a page opened anywhere else never hydrates (and its forms would submit
// natively). Checked with Next.js's own gate, fed the requests a browser sends for a
// script of a page opened at each address the README names.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Gate = (req: object, res: object, allowedDevOrigins: string[] | undefined, hostname?: string) => boolean;
const require = createRequire(import.meta.url);
const { blockCrossSiteDEV } = require("next/dist/server/lib/router-utils/block-cross-site-dev.js") as { blockCrossSiteDEV: Gate };
const configUrl = new URL("../next.config.mjs", import.meta.url).href;
const { default: nextConfig } = (await import(configUrl)) as { default: { allowedDevOrigins?: string[] } };

/** True when the dev server refuses the page's request for one of its scripts. */
function blocked(pageOrigin: string): boolean {
  const req = {
    url: "/_next/static/chunks/main.js",
    headers: { origin: pageOrigin, "sec-fetch-mode": "cors", "sec-fetch-site": "same-origin" },
  };
  const res = { statusCode: 200, end: () => undefined };
  return blockCrossSiteDEV(req, res, nextConfig.allowedDevOrigins);
}

describe("the dev server's allowed origins", () => {
  it("serve the pages opened at localhost, 127.0.0.1 and [::1]", () => {
    for (const origin of ["http://localhost:3000", "http://127.0.0.1:3000", "http://[::1]:3000", "http://127.0.0.1:4123"]) {
      expect(blocked(origin), origin).toBe(false);
    }
  });

  it("refuse a LAN address until it is added (README: Settings)", () => {
    expect(blocked("http://192.168.1.20:3000")).toBe(true);
  });
});
