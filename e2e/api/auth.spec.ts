// The auth half of docs/api.md: register, login, me, sessions, logout, logout-all, and the
// error rows they share (Bearer parsing, 405, 404, bodies).
import http from "node:http";
import { expect, test } from "./contract";
import { mainUrl } from "../servers";
import { DEMO, bearer, expectError, register, uniqueEmail, waitUntilExpired } from "./helpers";

test.describe("POST /auth/register", () => {
  test("creates the account and signs it in, with the login body and 201", async ({ request }) => {
    const email = uniqueEmail("Fresh");
    const response = await request.post("/api/v1/auth/register", {
      data: { email: `  ${email.toUpperCase()}  `, password: "long enough" },
    });
    expect(response.status()).toBe(201);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({
      access_token: expect.stringMatching(/^ey[\w-]+\.[\w-]+\.[\w-]+$/),
      refresh_token: expect.stringMatching(/^[\w-]{43,}$/),
      token_type: "Bearer",
      expires_in: 3,
      refresh_expires_in: 604800,
      user: { id: expect.any(String), email: email.toLowerCase(), name: email.toLowerCase().split("@")[0] },
    });
    const me = await request.get("/api/v1/auth/me", { headers: bearer(body.access_token) });
    expect((await me.json()).user).toEqual(body.user);
  });

  test("keeps a given name and refuses an email that exists in any case", async ({ request }) => {
    const first = await register(request, { name: "Asha Verma" });
    expect(first.user.name).toBe("Asha Verma");
    const again = await request.post("/api/v1/auth/register", {
      data: { email: first.email.toUpperCase(), password: "another password" },
    });
    await expectError(again, 409, "email_taken");
  });

  test("names every invalid field", async ({ request }) => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, ["email", "password"]],
      [{ email: "no-at-sign.example.com", password: "long enough" }, ["email"]],
      [{ email: "a@@example.com", password: "long enough" }, ["email"]],
      [{ email: "a@localhost", password: "long enough" }, ["email"]],
      [{ email: `${"a".repeat(250)}@example.com`, password: "long enough" }, ["email"]],
      [{ email: uniqueEmail(), password: "short" }, ["password"]],
      [{ email: uniqueEmail(), password: "x".repeat(129) }, ["password"]],
      [{ email: uniqueEmail(), password: "long enough", name: null }, ["name"]],
      [{ email: uniqueEmail(), password: "long enough", name: "" }, ["name"]],
      [{ email: uniqueEmail(), password: "long enough", name: "n".repeat(101) }, ["name"]],
      [{ email: 42, password: ["x"] }, ["email", "password"]],
      [{ email: uniqueEmail(), password: "long enough", refresh_token_delivery: "pigeon" }, ["refresh_token_delivery"]],
    ];
    for (const [data, fields] of cases) {
      const error = await expectError(await request.post("/api/v1/auth/register", { data }), 400, "invalid_request");
      expect(Object.keys(error.details.fields as object).sort(), JSON.stringify(data)).toEqual(fields.sort());
    }
  });

  test("accepts a password of exactly 8 and 128 characters", async ({ request }) => {
    await register(request, { password: "8 chars!" });
    await register(request, { password: "p".repeat(128) });
  });
});

test.describe("POST /auth/login", () => {
  test("signs in the demo shopper with two tokens", async ({ request }) => {
    const response = await request.post("/api/v1/auth/login", {
      data: { email: " User@Example.com ", password: DEMO.password },
    });
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3, refresh_expires_in: 604800 });
    expect(body.user).toEqual({ id: expect.any(String), email: DEMO.email, name: "Demo Shopper" });
    expect(typeof body.refresh_token).toBe("string");
  });

  test("answers an unknown email and a wrong password the same way", async ({ request }) => {
    const { email } = await register(request);
    const wrong = await expectError(
      await request.post("/api/v1/auth/login", { data: { email, password: "not the password" } }),
      401,
      "invalid_credentials",
    );
    const unknown = await expectError(
      await request.post("/api/v1/auth/login", { data: { email: uniqueEmail("nobody"), password: "whatever1" } }),
      401,
      "invalid_credentials",
    );
    expect(unknown).toEqual(wrong);
  });

  test("locks an email after five failed logins, even for the right password, and no other", async ({ request }) => {
    const { email, password } = await register(request);
    for (let i = 0; i < 5; i++) {
      await expectError(await request.post("/api/v1/auth/login", { data: { email, password: "wrong password" } }), 401, "invalid_credentials");
    }
    // Matching happens after trimming and lower-casing, so a variant is the same email.
    const locked = await request.post("/api/v1/auth/login", { data: { email: ` ${email.toUpperCase()}`, password } });
    await expectError(locked, 429, "rate_limited");
    const retryAfter = Number(locked.headers()["retry-after"]);
    expect(retryAfter).toBeGreaterThan(890);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // Other emails are not affected.
    const other = await register(request);
    const ok = await request.post("/api/v1/auth/login", { data: { email: other.email, password: other.password } });
    expect(ok.status()).toBe(200);
  });

  test("a successful login clears the failure count", async ({ request }) => {
    const { email, password } = await register(request);
    const fail = () => request.post("/api/v1/auth/login", { data: { email, password: "wrong password" } });
    for (let i = 0; i < 4; i++) await fail();
    expect((await request.post("/api/v1/auth/login", { data: { email, password } })).status()).toBe(200);
    for (let i = 0; i < 4; i++) await fail();
    expect((await request.post("/api/v1/auth/login", { data: { email, password } })).status()).toBe(200);
  });

  test("ignores an Authorization header, however stale", async ({ request }) => {
    const response = await request.post("/api/v1/auth/login", {
      data: DEMO,
      headers: { Authorization: "Bearer expired.or.garbage" },
    });
    expect(response.status()).toBe(200);
  });

  test("validates before anything else", async ({ request }) => {
    const error = await expectError(await request.post("/api/v1/auth/login", { data: { email: "user@example.com" } }), 400, "invalid_request");
    expect(error.details).toEqual({ fields: { password: "Required" } });
  });
});

test.describe("Bearer authentication", () => {
  test("GET /auth/me needs a Bearer token", async ({ request }) => {
    await expectError(await request.get("/api/v1/auth/me"), 401, "unauthorized");
    await expectError(await request.get("/api/v1/auth/me", { headers: { Authorization: "Basic dXNlcjpwYXNz" } }), 401, "unauthorized");
  });

  test("an empty, malformed or refresh token as Bearer is invalid_token", async ({ request }) => {
    const { refresh_token } = await register(request);
    for (const value of ["Bearer", "Bearer ", "Bearer not-a-jwt", "Bearer a.b.c", `Bearer ${refresh_token}`]) {
      await expectError(await request.get("/api/v1/auth/me", { headers: { Authorization: value } }), 401, "invalid_token");
    }
  });

  test("an access token of another server's key is invalid_token", async ({ request }) => {
    const forged =
      "eyJhbGciOiJIUzI1NiIsInR5cCI6ImF0K2p3dCJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSIsImlzcyI6InNob3AiLCJhdWQiOiJzaG9wLWFwaSIsImlhdCI6MTkwMDAwMDAwMCwiZXhwIjo0MTAwMDAwMDAwLCJqdGkiOiJ6In0.c2lnbmF0dXJlLW9mLWFub3RoZXIta2V5LXh4eHh4eHh4eHh4eA";
    await expectError(await request.get("/api/v1/auth/me", { headers: bearer(forged) }), 401, "invalid_token");
  });

  test("an expired access token is token_expired, the one code a client refreshes on", async ({ request }) => {
    const { access_token } = await register(request);
    expect((await request.get("/api/v1/auth/me", { headers: bearer(access_token) })).status()).toBe(200);
    await waitUntilExpired(request, access_token);
    await expectError(await request.get("/api/v1/auth/me", { headers: bearer(access_token) }), 401, "token_expired");
  });
});

test.describe("sessions and logout", () => {
  test("GET /auth/sessions lists live families, newest first, with the current one marked", async ({ request }) => {
    const first = await register(request);
    const second = await (
      await request.post("/api/v1/auth/login", {
        data: { email: first.email, password: first.password },
        headers: { "User-Agent": "Second Device/1.0" },
      })
    ).json();
    const response = await request.get("/api/v1/auth/sessions", { headers: bearer(second.access_token) });
    expect(response.status()).toBe(200);
    const { sessions } = await response.json();
    expect(sessions).toHaveLength(2);
    expect(sessions[0]).toEqual({
      id: expect.any(String),
      created_at: expect.any(String),
      last_used_at: expect.any(String),
      expires_at: expect.any(String),
      user_agent: "Second Device/1.0",
      current: true,
    });
    expect(sessions[1].current).toBe(false);
    expect(Date.parse(sessions[0].expires_at) - Date.parse(sessions[0].created_at)).toBeCloseTo(604800 * 1000, -4);

    await request.post("/api/v1/auth/logout", { data: { refresh_token: first.refresh_token } });
    const after = await (await request.get("/api/v1/auth/sessions", { headers: bearer(second.access_token) })).json();
    expect(after.sessions.map((s: { id: string }) => s.id)).toEqual([sessions[0].id]);
  });

  test("logout revokes the family; the access token lives on until it expires", async ({ request }) => {
    const { access_token, refresh_token } = await register(request);
    const response = await request.post("/api/v1/auth/logout", { data: { refresh_token } });
    expect(response.status()).toBe(204);
    expect(await response.text()).toBe("");
    await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token } }), 401, "invalid_grant");
    // Stateless by design: that is why access tokens are short-lived.
    expect((await request.get("/api/v1/auth/me", { headers: bearer(access_token) })).status()).toBe(200);
  });

  test("logout with a spent or revoked token is a logout, not reuse; an unknown token is invalid_grant", async ({ request }) => {
    const { refresh_token: spent } = await register(request);
    const rotated = await (await request.post("/api/v1/auth/refresh", { data: { refresh_token: spent } })).json();
    expect((await request.post("/api/v1/auth/logout", { data: { refresh_token: spent } })).status()).toBe(204);
    await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: rotated.refresh_token } }), 401, "invalid_grant");
    expect((await request.post("/api/v1/auth/logout", { data: { refresh_token: spent } })).status()).toBe(204);
    await expectError(await request.post("/api/v1/auth/logout", { data: { refresh_token: "never-issued-token" } }), 401, "invalid_grant");
    await expectError(await request.post("/api/v1/auth/logout", { data: {} }), 401, "invalid_grant");
    await expectError(await request.post("/api/v1/auth/logout", { data: { refresh_token: 7 } }), 400, "invalid_request");
  });

  test("logout-all ends every session of the caller and no one else's", async ({ request }) => {
    const a = await register(request);
    const b = await (await request.post("/api/v1/auth/login", { data: { email: a.email, password: a.password } })).json();
    const stranger = await register(request);
    expect((await request.post("/api/v1/auth/logout-all", { headers: bearer(b.access_token) })).status()).toBe(204);
    for (const token of [a.refresh_token, b.refresh_token]) {
      await expectError(await request.post("/api/v1/auth/refresh", { data: { refresh_token: token } }), 401, "invalid_grant");
    }
    expect((await request.post("/api/v1/auth/refresh", { data: { refresh_token: stranger.refresh_token } })).status()).toBe(200);
    await expectError(await request.post("/api/v1/auth/logout-all"), 401, "unauthorized");
  });
});

test.describe("the shape of every answer", () => {
  test("a method a path does not serve is 405 with Allow", async ({ request }) => {
    const login = await request.get("/api/v1/auth/login");
    await expectError(login, 405, "method_not_allowed");
    expect(login.headers()["allow"]).toBe("POST");
    const me = await request.delete("/api/v1/auth/me");
    await expectError(me, 405, "method_not_allowed");
    expect(me.headers()["allow"]).toBe("GET");
  });

  test("an unknown path under /api/v1 is a JSON 404", async ({ request }) => {
    await expectError(await request.get("/api/v1"), 404, "not_found");
    await expectError(await request.get("/api/v1/nothing-here"), 404, "not_found");
    await expectError(await request.post("/api/v1/auth/nothing/deeper", { data: {} }), 404, "not_found");
  });

  test("malformed JSON, a non-object body and invalid UTF-8 are 400", async ({ request }) => {
    const post = (data: string | Buffer) => request.post("/api/v1/auth/login", { data, headers: { "Content-Type": "application/json" } });
    for (const data of ['{"email": ', "[1,2]", "null", '"text"', "42", Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]) {
      await expectError(await post(data), 400, "invalid_request");
    }
  });

  test("a body over 64 KiB is 413, by its Content-Length or by the bytes read", async ({ request }) => {
    const response = await request.post("/api/v1/auth/register", {
      data: { email: uniqueEmail(), password: "long enough", name: "x".repeat(70_000) },
    });
    await expectError(response, 413, "payload_too_large");
    // Exactly 64 KiB still gets through to validation.
    const email = uniqueEmail();
    const padding = 64 * 1024 - JSON.stringify({ email, password: "x", pad: "" }).length;
    const atLimit = await request.post("/api/v1/auth/login", {
      data: JSON.stringify({ email, password: "x", pad: "p".repeat(padding) }),
      headers: { "Content-Type": "application/json" },
    });
    expect(atLimit.status()).toBe(401);
    // A chunked body declares no length: the server counts what it reads.
    const chunked = await postChunked("/api/v1/auth/login", "x".repeat(80 * 1024));
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body).error.code).toBe("payload_too_large");
  });
});

/** A POST with Transfer-Encoding: chunked (no Content-Length), which the request fixture cannot send. */
function postChunked(path: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${mainUrl}${path}`, { method: "POST", headers: { "Content-Type": "application/json" } });
    req.on("response", (res) => {
      let text = "";
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    for (let i = 0; i < body.length; i += 8192) req.write(body.slice(i, i + 8192));
    req.end();
  });
}
