// DELETE /auth/sessions/{id} (docs/api.md): one session of the caller ends, with its whole
// refresh-token family; another user's session is 404, and the caller's own is allowed.
import { expect, test } from "./contract";
import { bearer, expectError, register } from "./helpers";

test("ends one of the caller's other sessions and no other", async ({ request }) => {
  const first = await register(request);
  const { email, password } = first;
  const second = await (await request.post("/api/v1/auth/login", { data: { email, password } })).json();
  const list = async (token: string) => (await (await request.get("/api/v1/auth/sessions", { headers: bearer(token) })).json()).sessions;
  const [current, other] = await list(second.access_token);
  expect(current.current).toBe(true);

  const response = await request.delete(`/api/v1/auth/sessions/${other.id}`, { headers: bearer(second.access_token) });
  expect(response.status()).toBe(204);
  expect(await response.text()).toBe("");
  await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: first.refresh_token } }), 401, "invalid_grant");
  expect((await list(second.access_token)).map((s: { id: string }) => s.id)).toEqual([current.id]);
  // Ending it again is no error: it is still one of the caller's sessions.
  expect((await request.delete(`/api/v1/auth/sessions/${other.id}`, { headers: bearer(second.access_token) })).status()).toBe(204);
});

test("another user's session, or an id that never existed, is 404 and stays as it was", async ({ request }) => {
  const alice = await register(request);
  const bob = await register(request);
  const [bobs] = (await (await request.get("/api/v1/auth/sessions", { headers: bearer(bob.access_token) })).json()).sessions;
  await expectError(await request.delete(`/api/v1/auth/sessions/${bobs.id}`, { headers: bearer(alice.access_token) }), 404, "not_found");
  await expectError(await request.delete("/api/v1/auth/sessions/no-such-session", { headers: bearer(alice.access_token) }), 404, "not_found");
  expect((await request.post("/api/v1/auth/refresh", { data: { refresh_token: bob.refresh_token } })).status()).toBe(200);
});

test("the caller's current session can be ended: its refresh token stops working, its access token lives until exp", async ({ request }) => {
  const body = await register(request);
  const [mine] = (await (await request.get("/api/v1/auth/sessions", { headers: bearer(body.access_token) })).json()).sessions;
  expect((await request.delete(`/api/v1/auth/sessions/${mine.id}`, { headers: bearer(body.access_token) })).status()).toBe(204);
  await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: body.refresh_token } }), 401, "invalid_grant");
  expect((await request.get("/api/v1/auth/me", { headers: bearer(body.access_token) })).status()).toBe(200);
});

test("needs a Bearer token", async ({ request }) => {
  await expectError(await request.delete("/api/v1/auth/sessions/anything"), 401, "unauthorized");
});
