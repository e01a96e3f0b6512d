// POST /auth/refresh: rotation, reuse detection, the grace window and the race between
// parallel refreshes. The main server's grace window is 2 s; the strict server's is 0.
import { expect, test } from "./contract";
import { strictUrl } from "../servers";
import { bearer, expectError, register } from "./helpers";

const refresh = (request: import("@playwright/test").APIRequestContext, refresh_token: unknown, base = "") =>
  request.post(`${base}/api/v1/auth/refresh`, { data: { refresh_token } });

test("rotates: a new pair, the same session, and the new access token works", async ({ request }) => {
  const login = await register(request);
  const response = await refresh(request, login.refresh_token);
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body).toEqual({
    access_token: expect.any(String),
    refresh_token: expect.any(String),
    token_type: "Bearer",
    expires_in: 3,
    refresh_expires_in: 604800,
  });
  expect(body.refresh_token).not.toBe(login.refresh_token);
  expect((await request.get("/api/v1/auth/me", { headers: bearer(body.access_token) })).status()).toBe(200);
  const { sessions } = await (await request.get("/api/v1/auth/sessions", { headers: bearer(body.access_token) })).json();
  expect(sessions).toHaveLength(1);
});

test("a spent token within the grace window gets another pair; its successor stays valid", async ({ request }) => {
  const login = await register(request);
  const first = await (await refresh(request, login.refresh_token)).json();
  const second = await refresh(request, login.refresh_token);
  expect(second.status()).toBe(200);
  expect((await refresh(request, first.refresh_token)).status()).toBe(200);
  expect((await refresh(request, (await second.json()).refresh_token)).status()).toBe(200);
});

test("reuse after the grace window revokes the whole family, the newest token too", async ({ request }) => {
  const login = await register(request);
  const rotated = await (await refresh(request, login.refresh_token)).json();
  // Wait until the spent token's 2 s grace window has passed, checked against the server.
  await expect.poll(async () => (await refresh(request, login.refresh_token)).status(), { timeout: 10_000, intervals: [700] }).toBe(401);
  await expectError(await refresh(request, rotated.refresh_token), 401, "invalid_grant");
  // A new login (whose access token is fresh) no longer sees the revoked session.
  const again = await (await request.post("/api/v1/auth/login", { data: { email: login.email, password: login.password } })).json();
  const { sessions } = await (await request.get("/api/v1/auth/sessions", { headers: bearer(again.access_token) })).json();
  expect(sessions.map((s: { current: boolean }) => s.current)).toEqual([true]);
});

test("ten parallel refreshes of one token within the grace window all succeed", async ({ request }) => {
  const login = await register(request);
  const responses = await Promise.all(Array.from({ length: 10 }, () => refresh(request, login.refresh_token)));
  expect(responses.map((r) => r.status())).toEqual(Array(10).fill(200));
  const tokens = await Promise.all(responses.map(async (r) => (await r.json()).refresh_token));
  expect(new Set(tokens).size).toBe(10);
});

test("with grace 0, exactly one of ten parallel refreshes of one token succeeds", async ({ request }) => {
  const login = await register(request, {}, strictUrl);
  const responses = await Promise.all(Array.from({ length: 10 }, () => refresh(request, login.refresh_token, strictUrl)));
  const statuses = responses.map((r) => r.status());
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 401)).toHaveLength(9);
  for (const response of responses.filter((r) => r.status() === 401)) await expectError(response, 401, "invalid_grant");
});

test("with grace 0, a spent token presented again revokes the family at once", async ({ request }) => {
  const login = await register(request, {}, strictUrl);
  const rotated = await (await refresh(request, login.refresh_token, strictUrl)).json();
  await expectError(await refresh(request, login.refresh_token, strictUrl), 401, "invalid_grant");
  await expectError(await refresh(request, rotated.refresh_token, strictUrl), 401, "invalid_grant");
});

test("no token, an empty one, an unknown one or an access token is invalid_grant; a non-string is 400", async ({ request }) => {
  const login = await register(request);
  await expectError(await request.post("/api/v1/auth/refresh"), 401, "invalid_grant");
  await expectError(await request.post("/api/v1/auth/refresh", { data: {} }), 401, "invalid_grant");
  await expectError(await refresh(request, ""), 401, "invalid_grant");
  await expectError(await refresh(request, "x".repeat(43)), 401, "invalid_grant");
  await expectError(await refresh(request, login.access_token), 401, "invalid_grant");
  for (const value of [42, null, ["a"], { token: "a" }]) {
    const error = await expectError(await refresh(request, value), 400, "invalid_request");
    expect(Object.keys(error.details.fields as object)).toEqual(["refresh_token"]);
  }
  // The login's token is still fine after all that.
  expect((await refresh(request, login.refresh_token)).status()).toBe(200);
});

test("ignores an Authorization header", async ({ request }) => {
  const login = await register(request);
  const response = await request.post("/api/v1/auth/refresh", {
    data: { refresh_token: login.refresh_token },
    headers: { Authorization: "Bearer stale.token.here" },
  });
  expect(response.status()).toBe(200);
});
