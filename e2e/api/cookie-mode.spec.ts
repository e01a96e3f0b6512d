// Cookie delivery: the refresh token in an HttpOnly cookie instead of the body, and
// the Origin check that guards every cookie-authenticated refresh and logout.
import { type APIResponse } from "@playwright/test";
import { expect, test } from "./contract";
import { mainUrl } from "../servers";
import { DEMO, expectError, register, uniqueEmail } from "./helpers";

function refreshCookie(response: APIResponse): { value: string; attributes: string } {
  const header = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && h.value.startsWith("refresh_token="));
  expect(header, "a refresh_token Set-Cookie header").toBeDefined();
  const [pair, ...attributes] = header!.value.split("; ");
  return { value: pair!.slice("refresh_token=".length), attributes: attributes.join("; ") };
}

const origin = { Origin: mainUrl };

test("login in cookie mode sets the cookie with every attribute and keeps the token out of the body", async ({ request }) => {
  const response = await request.post("/api/v1/auth/login", { data: { ...DEMO, refresh_token_delivery: "cookie" } });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.refresh_token).toBeUndefined();
  expect(body).toMatchObject({ token_type: "Bearer", refresh_expires_in: 604800 });
  const cookie = refreshCookie(response);
  expect(cookie.value).toMatch(/^[\w-]{43}$/);
  expect(cookie.attributes).toBe("Path=/api/v1/auth; Max-Age=604800; HttpOnly; SameSite=Strict");
});

test("register in cookie mode, then refresh with the cookie: rotated cookie, no token in the body", async ({ playwright }) => {
  const browserLike = await playwright.request.newContext({ baseURL: mainUrl });
  const registered = await browserLike.post("/api/v1/auth/register", {
    data: { email: uniqueEmail(), password: "long enough", refresh_token_delivery: "cookie" },
  });
  expect(registered.status()).toBe(201);
  const first = refreshCookie(registered).value;

  const response = await browserLike.post("/api/v1/auth/refresh", { headers: origin });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.refresh_token).toBeUndefined();
  expect(typeof body.access_token).toBe("string");
  const second = refreshCookie(response).value;
  expect(second).not.toBe(first);

  // The spent cookie value, sent again as a body token past the grace window, is reuse.
  const logout = await browserLike.post("/api/v1/auth/logout", { headers: origin });
  expect(logout.status()).toBe(204);
  expect(refreshCookie(logout)).toEqual({ value: "", attributes: "Path=/api/v1/auth; Max-Age=0; HttpOnly; SameSite=Strict" });
  await expectError(await browserLike.post("/api/v1/auth/refresh", { data: { refresh_token: second } }), 401, "invalid_grant");
  await browserLike.dispose();
});

test("a cookie refresh or logout without this site's Origin is 403 forbidden", async ({ playwright }) => {
  const browserLike = await playwright.request.newContext({ baseURL: mainUrl });
  await browserLike.post("/api/v1/auth/login", { data: { ...DEMO, refresh_token_delivery: "cookie" } });
  await expectError(await browserLike.post("/api/v1/auth/refresh"), 403, "forbidden");
  for (const bad of ["https://evil.example", "http://localhost:3999", "null", `${mainUrl}/`]) {
    await expectError(await browserLike.post("/api/v1/auth/refresh", { headers: { Origin: bad } }), 403, "forbidden");
    await expectError(await browserLike.post("/api/v1/auth/logout", { headers: { Origin: bad } }), 403, "forbidden");
  }
  // None of that spent or revoked anything: the cookie still works from the right origin.
  expect((await browserLike.post("/api/v1/auth/refresh", { headers: origin })).status()).toBe(200);
  await browserLike.dispose();
});

test("a body token wins over the cookie, and needs no Origin", async ({ playwright, request }) => {
  const browserLike = await playwright.request.newContext({ baseURL: mainUrl });
  await browserLike.post("/api/v1/auth/login", { data: { ...DEMO, refresh_token_delivery: "cookie" } });
  const other = await register(request);
  const response = await browserLike.post("/api/v1/auth/refresh", { data: { refresh_token: other.refresh_token } });
  expect(response.status()).toBe(200);
  expect(typeof (await response.json()).refresh_token).toBe("string");
  // An empty body token also wins, and is invalid_grant.
  await expectError(await browserLike.post("/api/v1/auth/refresh", { data: { refresh_token: "" }, headers: origin }), 401, "invalid_grant");
  await browserLike.dispose();
});

test("a failed cookie refresh also deletes the dead cookie", async ({ playwright }) => {
  const browserLike = await playwright.request.newContext({
    baseURL: mainUrl,
    storageState: {
      cookies: [
        {
          name: "refresh_token",
          value: "never-issued",
          domain: "localhost",
          path: "/api/v1/auth",
          expires: -1,
          httpOnly: true,
          secure: false,
          sameSite: "Strict",
        },
      ],
      origins: [],
    },
  });
  const response = await browserLike.post("/api/v1/auth/refresh", { headers: origin });
  await expectError(response, 401, "invalid_grant");
  expect(refreshCookie(response).attributes).toContain("Max-Age=0");
  await browserLike.dispose();
});
