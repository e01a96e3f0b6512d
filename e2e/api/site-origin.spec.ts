// The site's own origin (docs/api.md, Delivery): what a cookie-mode refresh or logout must
// carry as Origin, what register and login refuse when a foreign Origin sends them (login
// CSRF), and when the refresh cookie is Secure. The shop must work at whatever address a
// browser uses, 127.0.0.1 and [::1] included, and believe forwarded headers only when told to.
import { type APIResponse } from "@playwright/test";
import { expect, test } from "./contract";
import { atAddress, edgeUrl, fixedOriginUrl, mainUrl } from "../servers";
import { DEMO, expectError, uniqueEmail } from "./helpers";

const cookieLogin = { ...DEMO, refresh_token_delivery: "cookie" };

function setCookie(response: APIResponse): string {
  return response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("refresh_token="))?.value ?? "";
}

// A browser-like client is a request context of its own: it keeps the cookie, and each
// request sends the Origin of the page it would come from.
for (const host of ["127.0.0.1", "[::1]"] as const) {
  test(`cookie mode works at http://${host}: login, refresh and logout with that Origin`, async ({ playwright }) => {
    const url = atAddress(mainUrl, host);
    const browserLike = await playwright.request.newContext({ baseURL: url });
    const login = await browserLike.post("/api/v1/auth/login", { data: cookieLogin, headers: { Origin: url } });
    expect(login.status()).toBe(200);
    expect(setCookie(login)).not.toContain("Secure");

    const refresh = await browserLike.post("/api/v1/auth/refresh", { headers: { Origin: url } });
    expect(refresh.status(), await refresh.text()).toBe(200);
    // The same server by its name is another origin: a page at localhost is not this one.
    await expectError(await browserLike.post("/api/v1/auth/refresh", { headers: { Origin: mainUrl } }), 403, "forbidden");
    expect((await browserLike.post("/api/v1/auth/logout", { headers: { Origin: url } })).status()).toBe(204);
    await browserLike.dispose();
  });
}

test("register and login with a foreign Origin are 403; without one (curl) or with the site's own they work", async ({ request }) => {
  for (const Origin of ["https://evil.example", "null", "http://localhost:1"]) {
    await expectError(await request.post(`${mainUrl}/api/v1/auth/login`, { data: DEMO, headers: { Origin } }), 403, "forbidden");
    const data = { email: uniqueEmail(), password: "long enough" };
    await expectError(await request.post(`${mainUrl}/api/v1/auth/register`, { data, headers: { Origin } }), 403, "forbidden");
    // Nothing was created: the same email registers fine from the site itself.
    const own = await request.post(`${mainUrl}/api/v1/auth/register`, { data, headers: { Origin: mainUrl } });
    expect(own.status()).toBe(201);
  }
  expect((await request.post(`${mainUrl}/api/v1/auth/login`, { data: DEMO })).status()).toBe(200);
});

test("a cross-site text/plain form post cannot sign anyone in, and sets no cookie", async ({ request }) => {
  // What <form enctype="text/plain"> sends: no CORS preflight, so a browser posts it cross-site.
  const response = await request.post(`${mainUrl}/api/v1/auth/login`, {
    data: `{"email":"user@example.com","password":"password123","x":"=1"}`,
    headers: { "Content-Type": "text/plain", Origin: "https://evil.example" },
  });
  expect([403, 415]).toContain(response.status());
  expect(setCookie(response)).toBe("");
});

test("without TRUST_PROXY, X-Forwarded-Host and -Proto change nothing", async ({ playwright }) => {
  const browserLike = await playwright.request.newContext({ baseURL: mainUrl });
  const forwarded = { "X-Forwarded-Host": "shop.example", "X-Forwarded-Proto": "https" };
  const login = await browserLike.post("/api/v1/auth/login", { data: cookieLogin, headers: forwarded });
  expect(setCookie(login)).not.toContain("Secure");
  const headers = { ...forwarded, Origin: "https://shop.example" };
  await expectError(await browserLike.post("/api/v1/auth/refresh", { headers }), 403, "forbidden");
  expect((await browserLike.post("/api/v1/auth/refresh", { headers: { ...forwarded, Origin: mainUrl } })).status()).toBe(200);
  await browserLike.dispose();
});

test("with TRUST_PROXY=1 the site is the forwarded host and scheme, and the cookie is Secure over https", async ({ playwright }) => {
  const browserLike = await playwright.request.newContext({ baseURL: edgeUrl });
  const forwarded = { "X-Forwarded-Host": "shop.example", "X-Forwarded-Proto": "https" };
  const login = await browserLike.post("/api/v1/auth/login", { data: cookieLogin, headers: forwarded });
  expect(login.status()).toBe(200);
  expect(setCookie(login)).toMatch(/; Secure$/);
  // The client keeps a Secure cookie only for https; hand it over as the browser would there.
  const cookie = setCookie(login).split(";")[0]!;
  const send = (Origin: string) => browserLike.post("/api/v1/auth/refresh", { headers: { ...forwarded, Origin, Cookie: cookie } });
  await expectError(await send(edgeUrl), 403, "forbidden");
  expect((await send("https://shop.example")).status()).toBe(200);
  await browserLike.dispose();
});

test("PUBLIC_ORIGIN is the site's origin at every address, and makes the cookie Secure", async ({ playwright }) => {
  for (const url of [fixedOriginUrl, atAddress(fixedOriginUrl, "127.0.0.1")]) {
    const browserLike = await playwright.request.newContext({ baseURL: url });
    const login = await browserLike.post("/api/v1/auth/login", { data: cookieLogin, headers: { Origin: "https://shop.example" } });
    expect(login.status()).toBe(200);
    expect(setCookie(login)).toMatch(/; Secure$/);
    const cookie = setCookie(login).split(";")[0]!;
    const send = (Origin: string) => browserLike.post("/api/v1/auth/refresh", { headers: { Origin, Cookie: cookie } });
    await expectError(await send(url), 403, "forbidden");
    expect((await send("https://shop.example")).status()).toBe(200);
    // A login from the address itself is foreign to a site that has another origin.
    await expectError(await browserLike.post("/api/v1/auth/login", { data: cookieLogin, headers: { Origin: url } }), 403, "forbidden");
    await browserLike.dispose();
  }
});
