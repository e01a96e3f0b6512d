// POST /demo/expire-access-token: the inspector's demo tool. On the main server
// DEMO_TOOLS=1; the strict server runs as production does, with the tools off.
import { expect, test } from "./contract";
import { strictUrl } from "../servers";
import { bearer, expectError, register } from "./helpers";

const EXPIRE = "/api/v1/demo/expire-access-token";

test.describe("with demo tools on", () => {
  test("mints an expired access token for the caller's own session, refused as token_expired", async ({ request }) => {
    const login = await register(request);
    const response = await request.post(EXPIRE, { headers: bearer(login.access_token) });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ access_token: expect.any(String), token_type: "Bearer", expires_in: 0 });

    const claims = (token: string) => JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString());
    const minted = claims(body.access_token);
    const original = claims(login.access_token);
    expect({ sub: minted.sub, sid: minted.sid }).toEqual({ sub: original.sub, sid: original.sid });
    expect(minted.jti).not.toBe(original.jti);
    expect(minted.exp).toBeLessThan(Date.now() / 1000);

    await expectError(await request.get("/api/v1/auth/me", { headers: bearer(body.access_token) }), 401, "token_expired");
    // The session itself is untouched: its refresh token still works.
    const refreshed = await request.post("/api/v1/auth/refresh", { data: { refresh_token: login.refresh_token } });
    expect(refreshed.status()).toBe(200);
  });

  test("needs a valid access token: none is unauthorized, an expired one is token_expired", async ({ request }) => {
    await expectError(await request.post(EXPIRE), 401, "unauthorized");
    const login = await register(request);
    const expired = (await (await request.post(EXPIRE, { headers: bearer(login.access_token) })).json()).access_token;
    await expectError(await request.post(EXPIRE, { headers: bearer(expired) }), 401, "token_expired");
    await expectError(await request.post(EXPIRE, { headers: bearer("not-a-jwt") }), 401, "invalid_token");
  });

  test("other methods are 405 with an Allow header", async ({ request }) => {
    const response = await request.get(EXPIRE);
    await expectError(response, 405, "method_not_allowed");
    expect(response.headers()["allow"]).toBe("POST");
  });
});

test.describe("with demo tools off", () => {
  test("the endpoint answers exactly like an unknown path, for every method and with or without a token", async ({ request }) => {
    const login = await register(request, {}, strictUrl);
    const unknown = await request.post(`${strictUrl}/api/v1/demo/no-such-tool`);
    const unknownBody = await expectError(unknown, 404, "not_found");
    for (const response of [
      await request.post(`${strictUrl}${EXPIRE}`, { headers: bearer(login.access_token) }),
      await request.post(`${strictUrl}${EXPIRE}`),
      await request.get(`${strictUrl}${EXPIRE}`),
      await request.delete(`${strictUrl}${EXPIRE}`),
    ]) {
      const error = await expectError(response, 404, "not_found");
      expect(error.message).toBe(unknownBody.message.replace("/no-such-tool", "/expire-access-token"));
      expect(error.details).toEqual({});
    }
  });
});
