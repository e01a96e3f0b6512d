// GET /auth/sessions?state=ended and GET /auth/sessions/{id}/tokens (docs/api.md): the
// sessions that ended and why, and one family's chain of refresh tokens.
import { expect, test } from "./contract";
import { bearer, expectError, register } from "./helpers";

test("an ended session leaves the live list and appears among the ended ones, with its reason", async ({ request }) => {
  const first = await register(request);
  const { email, password } = first;
  const second = await (await request.post("/api/v1/auth/login", { data: { email, password } })).json();
  const sessions = async (query = "") =>
    (await (await request.get(`/api/v1/auth/sessions${query}`, { headers: bearer(second.access_token) })).json()).sessions;
  const [, firstSession] = await sessions();

  expect(await sessions("?state=ended")).toEqual([]);
  expect((await request.post("/api/v1/auth/logout", { data: { refresh_token: first.refresh_token } })).status()).toBe(204);
  const ended = await sessions("?state=ended");
  expect(ended).toHaveLength(1);
  expect(ended[0]).toMatchObject({ id: firstSession.id, end_reason: "logout", created_at: firstSession.created_at });
  expect((await sessions("?state=live")).map((s: { id: string }) => s.id)).not.toContain(firstSession.id);
});

test("a replayed refresh token shows as reuse_detected, and the family's tokens show the chain", async ({ request }) => {
  const login = await register(request);
  const rotated = await (await request.post("/api/v1/auth/refresh", { data: { refresh_token: login.refresh_token } })).json();
  const [session] = (await (await request.get("/api/v1/auth/sessions", { headers: bearer(rotated.access_token) })).json()).sessions;

  const chain = await (await request.get(`/api/v1/auth/sessions/${session.id}/tokens`, { headers: bearer(rotated.access_token) })).json();
  expect(chain.session_id).toBe(session.id);
  expect(chain.tokens).toHaveLength(2);
  const [parent, child] = chain.tokens;
  expect(child.parent_id).toBe(parent.id);
  expect(parent.used_at).not.toBeNull();
  expect(child.used_at).toBeNull();
  expect(JSON.stringify(chain)).not.toContain(rotated.refresh_token);

  // Past the 2-second grace window the spent token coming back is theft: the family ends.
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: login.refresh_token } }), 401, "invalid_grant");
  const after = await (await request.get(`/api/v1/auth/sessions/${session.id}/tokens`, { headers: bearer(rotated.access_token) })).json();
  expect(after.tokens.map((t: { revoke_reason: string }) => t.revoke_reason)).toEqual(["reuse_detected", "reuse_detected"]);
  const [ended] = (await (await request.get("/api/v1/auth/sessions?state=ended", { headers: bearer(rotated.access_token) })).json()).sessions;
  expect(ended).toMatchObject({ id: session.id, end_reason: "reuse_detected" });
});

test("another user's session tokens are 404; a bad state, or state twice, is 400", async ({ request }) => {
  const alice = await register(request);
  const bob = await register(request);
  const [bobs] = (await (await request.get("/api/v1/auth/sessions", { headers: bearer(bob.access_token) })).json()).sessions;
  await expectError(await request.get(`/api/v1/auth/sessions/${bobs.id}/tokens`, { headers: bearer(alice.access_token) }), 404, "not_found");
  const bad = await expectError(
    await request.get("/api/v1/auth/sessions?state=gone", { headers: bearer(alice.access_token) }),
    400,
    "invalid_request",
  );
  expect(bad.details).toEqual({ fields: { state: 'Must be "live" or "ended"' } });
  await expectError(
    await request.get("/api/v1/auth/sessions?state=live&state=ended", { headers: bearer(alice.access_token) }),
    400,
    "invalid_request",
  );
  await expectError(await request.get(`/api/v1/auth/sessions/${bobs.id}/tokens`), 401, "unauthorized");
});
