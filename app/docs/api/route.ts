// /docs/api: the OpenAPI document (/api/v1/openapi.json) rendered by Scalar's API
// reference, served from this site (./scalar.js/route.ts), with nothing fetched from
// anywhere else: no CDN, no web fonts, no telemetry, no AI agent, no request proxy.
// A page of its own rather than a shop page: the viewer is a 5 MB Vue bundle that the
// shop's pages must never load, and it needs a looser Content-Security-Policy (below),
// which is why proxy.ts leaves this path alone.
import { randomBytes } from "node:crypto";

const CONFIG = {
  url: "/api/v1/openapi.json",
  // Everything that would reach another host, off.
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  // "Try it" sends requests from this page to this site, as the shop's own client does.
  baseServerURL: "",
  defaultOpenAllTags: false,
  hideDarkModeToggle: false,
};

export function GET(): Response {
  const nonce = randomBytes(16).toString("base64");
  const policy = [
    "default-src 'self'",
    // The bundle is a file of this site; the one inline script carries the nonce.
    `script-src 'self' 'nonce-${nonce}'`,
    // The relaxation: Scalar's Vue components write their styles into <style> tags at
    // run time, without a nonce. Inline styles cannot run code, and this page holds no
    // token of the shop (the shop's pages keep their strict policy).
    "style-src 'self' 'unsafe-inline'",
    // Icons and logos Scalar draws as data: URLs.
    "img-src 'self' data:",
    "font-src 'self'",
    // The document and "Try it" requests: this site only, as everywhere else.
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>API reference · Two-Token Shop</title>
    <link rel="icon" href="/favicon.svg" />
  </head>
  <body>
    <noscript>The interactive reference needs JavaScript. The same contract: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</noscript>
    <div id="reference"></div>
    <script src="/docs/api/scalar.js"></script>
    <script nonce="${nonce}">Scalar.createApiReference("#reference", ${JSON.stringify(CONFIG)});</script>
  </body>
</html>
`;
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy, "Cache-Control": "no-store" },
  });
}
