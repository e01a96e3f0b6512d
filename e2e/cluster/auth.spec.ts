// Several instances of the app on one PostgreSQL database, as behind a load balancer:
// whatever one instance did to a session, a token or a failure count, every other
// instance sees. A and B have a 2 s grace window; strictA and strictB have none.
import { type APIRequestContext, type APIResponse } from "@playwright/test";
import { expect, test } from "../api/contract";
import { CLUSTER_ORIGIN, clusterUrls } from "../servers";
import { bearer, expectError, register, uniqueEmail } from "../api/helpers";

const { a: A, b: B, strictA, strictB } = clusterUrls;

const refresh = (request: APIRequestContext, base: string, refresh_token: string | undefined) =>
  request.post(`${base}/api/v1/auth/refresh`, { data: { refresh_token } });
const login = (request: APIRequestContext, base: string, email: string, password: string) =>
  request.post(`${base}/api/v1/auth/login`, { data: { email, password } });
const sessionsOn = async (request: APIRequestContext, base: string, accessToken: string) =>
  (await (await request.get(`${base}/api/v1/auth/sessions`, { headers: bearer(accessToken) })).json()).sessions;

test("an access token signed by one instance is accepted by the other (they share JWT_SECRET)", async ({ request }) => {
  const account = await register(request, {}, A);
  const me = await request.get(`${B}/api/v1/auth/me`, { headers: bearer(account.access_token) });
  expect(me.status()).toBe(200);
  expect((await me.json()).user).toEqual(account.user);
});

test("log in on A, refresh on B, reuse the old token on A after the grace window: the family is revoked on both", async ({ request }) => {
  const account = await register(request, {}, A);
  const rotated = await refresh(request, B, account.refresh_token);
  expect(rotated.status()).toBe(200);
  const newest = await rotated.json();
  expect(await sessionsOn(request, A, newest.access_token)).toHaveLength(1);

  // A judges the spent token by the time B wrote when it spent it. Within the 2 s
  // window A answers with another pair; once the window has passed, it is reuse.
  await expect.poll(async () => (await refresh(request, A, account.refresh_token)).status(), { timeout: 15_000, intervals: [700] }).toBe(401);

  for (const base of [A, B]) {
    await expectError(await refresh(request, base, newest.refresh_token), 401, "invalid_grant");
    expect(await sessionsOn(request, base, newest.access_token)).toEqual([]);
  }
});

test("with grace 0, exactly one of ten parallel refreshes of one token split across both instances succeeds", async ({ request }) => {
  const account = await register(request, {}, strictA);
  const responses = await Promise.all(
    Array.from({ length: 10 }, (_, i) => refresh(request, i % 2 === 0 ? strictA : strictB, account.refresh_token)),
  );
  const statuses = responses.map((response) => response.status());
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 401)).toHaveLength(9);
  for (const response of responses.filter((r) => r.status() === 401)) await expectError(response, 401, "invalid_grant");
  // The nine others presented a spent token: reuse, so the winner's new token is revoked too, on both.
  const winner = await responses.find((r) => r.status() === 200)!.json();
  for (const base of [strictA, strictB]) {
    await expectError(await refresh(request, base, winner.refresh_token), 401, "invalid_grant");
  }
});

test("logging out on one instance ends the session on the other", async ({ request }) => {
  const account = await register(request, {}, A);
  const logout = await request.post(`${B}/api/v1/auth/logout`, { data: { refresh_token: account.refresh_token } });
  expect(logout.status()).toBe(204);
  await expectError(await refresh(request, A, account.refresh_token), 401, "invalid_grant");
});

test("a cookie-mode session refreshes on either instance behind one public origin", async ({ playwright }) => {
  // The instances run with PUBLIC_ORIGIN set, as instances behind a proxy must.
  const browserLike = await playwright.request.newContext();
  const origin = { Origin: CLUSTER_ORIGIN };
  const registered = await browserLike.post(`${A}/api/v1/auth/register`, {
    data: { email: uniqueEmail("cookie"), password: "long enough", refresh_token_delivery: "cookie" },
  });
  expect(registered.status()).toBe(201);
  for (const base of [B, A, B]) {
    const response = await browserLike.post(`${base}/api/v1/auth/refresh`, { headers: origin });
    expect(response.status(), `refresh on ${base}`).toBe(200);
  }
  await browserLike.dispose();
});

test.describe("the login rate limit counts failures on every instance together", () => {
  const failedOn = async (response: APIResponse) => {
    if (response.status() === 401) await expectError(response, 401, "invalid_credentials");
    else await expectError(response, 429, "rate_limited");
    return response.status();
  };

  test("five failures alternating between A and B lock the email on both", async ({ request }) => {
    const { email, password } = await register(request, {}, A);
    for (const base of [A, B, A, B, A]) {
      await expectError(await login(request, base, email, "wrong password"), 401, "invalid_credentials");
    }
    for (const base of [B, A]) {
      const locked = await login(request, base, email, password);
      await expectError(locked, 429, "rate_limited");
      expect(Number(locked.headers()["retry-after"])).toBeGreaterThan(0);
    }
  });

  test("ten simultaneous failures split across A and B: five are tried, five are refused", async ({ request }) => {
    const { email, password } = await register(request, {}, B);
    const statuses = await Promise.all(
      Array.from({ length: 10 }, async (_, i) => failedOn(await login(request, i % 2 === 0 ? A : B, email, "wrong password"))),
    );
    expect(statuses.filter((status) => status === 401)).toHaveLength(5);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    await expectError(await login(request, A, email, password), 429, "rate_limited");
  });
});
