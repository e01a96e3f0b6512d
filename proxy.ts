// Runs before routes. Pages: each response gets a Content-Security-Policy with a fresh
// nonce; Next.js reads the nonce from the request's CSP header and puts it on every script
// it emits, so only scripts this server wrote into this page can run. That matters most in
// localStorage mode, where any injected script could read the tokens: the policy is what
// stops it from running (README: "Content Security Policy"). It never runs on /api/:
// Next.js buffers the whole body of any request a proxy sees (up to 10 MB) before a
// route gets it, and the API reads its bodies from the stream, with its own limits
// (lib/server/http.ts); the API's JSON responses get a fixed policy (next.config.mjs).
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest): Response {
  // 128 random bits, new for every response, so an attacker cannot predict it.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = contentSecurityPolicy(nonce, {
    // Inlined by Next.js at build time, like React's own development checks; getEnv() would
    // parse and check every setting here instead.
    // eslint-disable-next-line no-restricted-syntax
    development: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:",
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    // Anything not named below: only this origin.
    "default-src 'self'",
    // Scripts only with this response's nonce; 'strict-dynamic' lets those load the
    // page's code-split chunks. No 'unsafe-inline', and 'unsafe-eval' only for React's
    // development tooling (it rebuilds server error stacks with eval).
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    // Tailwind's stylesheet is a file; the few inline <style> tags Next writes carry the
    // nonce. The development server injects styles without one.
    `style-src 'self' ${options.development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // Product images are local SVG files: no remote hosts.
    "img-src 'self'",
    "font-src 'self'",
    // The API is on this origin; the tokens can only be sent back here.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    // Never inside someone else's frame (clickjacking).
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

export const config = {
  matcher: [
    {
      // Pages only: static files need no policy, and prefetches return no HTML.
      // /docs/api sets its own policy (app/docs/api/route.ts).
      source: "/((?!api/|docs/api|_next/static|_next/image|favicon.svg|products/.*\\.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
