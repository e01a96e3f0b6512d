// The per-address login limit (docs/api.md, POST /auth/login): failed logins over any emails
// from one client address, LOGIN_IP_MAX_FAILURES of them (3 on these servers) in 15
// minutes, lock that address. Without TRUST_PROXY the address is the connection's peer,
// whatever X-Forwarded-For says; with it, the nearest X-Forwarded-For address. Each test
// uses addresses of its own: a random 127.0.0.x to connect from, or random forwarded ones.
import http from "node:http";
import { randomInt } from "node:crypto";
import { expect, test } from "./contract";
import { edgeUrl, fixedOriginUrl } from "../servers";
import { DEMO, expectError, uniqueEmail } from "./helpers";

type Answer = { status: number; body: { error?: { code: string; details: Record<string, unknown> } }; retryAfter?: string };

/** A login sent from `localAddress` (a loopback address of the test's choosing) to 127.0.0.1. */
function loginFrom(localAddress: string, body: object, headers: Record<string, string> = {}): Promise<Answer> {
  const { port } = new URL(fixedOriginUrl);
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        localAddress,
        method: "POST",
        path: "/api/v1/auth/login",
        headers: { ...headers, "Content-Type": "application/json" },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => {
          const retryAfter = response.headers["retry-after"];
          resolve({
            status: response.statusCode ?? 0,
            body: text ? JSON.parse(text) : {},
            retryAfter: typeof retryAfter === "string" ? retryAfter : undefined,
          });
        });
      },
    );
    request.on("error", reject);
    request.end(data);
  });
}

const wrong = () => ({ email: uniqueEmail("stuffed"), password: "a guessed password" });
const randomLoopback = () => `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const randomV4 = () => `198.51.${randomInt(0, 256)}.${randomInt(1, 255)}`;
const randomV6Prefix = () => `2001:db8:${randomInt(0, 0xffff).toString(16)}:${randomInt(0, 0xffff).toString(16)}`;

test("without TRUST_PROXY the peer address counts: failures on many emails lock it, X-Forwarded-For changes nothing", async () => {
  const peer = randomLoopback();
  for (let i = 0; i < 3; i++) {
    const answer = await loginFrom(peer, wrong(), { "X-Forwarded-For": randomV4() });
    expect(answer.status).toBe(401);
  }
  // The right password of an email with no failures, from a "new" forwarded address.
  const locked = await loginFrom(peer, DEMO, { "X-Forwarded-For": randomV4() });
  expect(locked.status).toBe(429);
  expect(locked.body.error).toMatchObject({ code: "rate_limited", details: { limit: "address" } });
  expect(Number(locked.retryAfter)).toBeGreaterThan(890);
  expect(Number(locked.retryAfter)).toBeLessThanOrEqual(900);
  expect(locked.body.error?.details.retry_after).toBe(Number(locked.retryAfter));
  // Another client is not affected.
  expect((await loginFrom(randomLoopback(), DEMO)).status).toBe(200);
});

test("with TRUST_PROXY=1 the nearest X-Forwarded-For address counts, not what the client wrote before it", async ({ request }) => {
  const client = randomV4();
  const login = (data: object, forwardedFor: string) =>
    request.post(`${edgeUrl}/api/v1/auth/login`, { data, headers: { "X-Forwarded-For": forwardedFor } });
  // The client writes a different first address every time; the proxy appends the real one.
  for (let i = 0; i < 3; i++) await expectError(await login(wrong(), `${randomV4()}, ${client}`), 401, "invalid_credentials");
  const locked = await expectError(await login(DEMO, `${randomV4()}, ${client}`), 429, "rate_limited");
  expect(locked.details).toMatchObject({ limit: "address" });
  expect((await login(DEMO, `${client}, ${randomV4()}`)).status()).toBe(200);
});

test("IPv6 addresses count by their /64; an IPv4-mapped address counts as its IPv4 address", async ({ request }) => {
  const login = (data: object, forwardedFor: string) =>
    request.post(`${edgeUrl}/api/v1/auth/login`, { data, headers: { "X-Forwarded-For": forwardedFor } });
  const prefix = randomV6Prefix();
  for (const host of ["::1", "::2", ":ab:cd::3"]) await expectError(await login(wrong(), `${prefix}${host}`), 401, "invalid_credentials");
  await expectError(await login(DEMO, `${prefix}:ffff:ffff:ffff:ffff`), 429, "rate_limited");
  expect((await login(DEMO, `${randomV6Prefix()}::1`)).status()).toBe(200);

  const v4 = randomV4();
  for (const address of [v4, `::ffff:${v4}`, `::FFFF:${v4}`]) await expectError(await login(wrong(), address), 401, "invalid_credentials");
  await expectError(await login(DEMO, v4), 429, "rate_limited");
});

test("a success from the address neither counts as a failure nor resets the count", async ({ request }) => {
  const client = randomV4();
  const login = (data: object) => request.post(`${edgeUrl}/api/v1/auth/login`, { data, headers: { "X-Forwarded-For": client } });
  for (let i = 0; i < 2; i++) await expectError(await login(wrong()), 401, "invalid_credentials");
  for (let i = 0; i < 3; i++) expect((await login(DEMO)).status()).toBe(200);
  await expectError(await login(wrong()), 401, "invalid_credentials");
  for (let i = 0; i < 3; i++) await expectError(await login(DEMO), 429, "rate_limited");
});
