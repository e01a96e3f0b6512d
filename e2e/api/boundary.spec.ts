// The API's boundary against hostile input (docs/api.md, Errors): strings that are not text,
// JSON nested too deep, bodies of another type, too large or too slow, and every method
// on every path. Each is refused with the one error shape and never a 5xx or a hang.
import http from "node:http";
import net from "node:net";
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "./contract";
import { mainUrl } from "../servers";
import { bearer, DEMO, expectError, register, uniqueEmail } from "./helpers";
import { SHIPPING, Shopper, newKey, product } from "./shop-helpers";

const port = Number(new URL(mainUrl).port);

// NUL, other C0 controls, DEL, a C1 control and both halves of a surrogate pair, alone.
const NOT_TEXT = ["\u0000", "\u0001", "\u0008", "\u000b", "\u001b", "\u001f", "\u007f", "\u0085", "\ud800", "\udfff"];
const inside = (bad: string) => `Asha${bad}Verma`;

test("a string that is not text, in any body field at any depth, is 400 naming the field", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const { id } = await product(request, "merino-wool-beanie");
  const post = (path: string, data: unknown, headers: Record<string, string> = {}) =>
    request.post(`/api/v1${path}`, { data, headers: { ...bearer(shopper.accessToken), ...headers } });
  const bodies: [string, (bad: string) => unknown, string][] = [
    ["/auth/register", (bad) => ({ email: `a${bad}@example.com`, password: "long enough" }), "email"],
    ["/auth/register", (bad) => ({ email: uniqueEmail(), password: `long ${bad} enough` }), "password"],
    ["/auth/register", (bad) => ({ email: uniqueEmail(), password: "long enough", name: inside(bad) }), "name"],
    ["/auth/login", (bad) => ({ email: `user@example.com${bad}.evil.com`, password: "password123" }), "email"],
    ["/auth/refresh", (bad) => ({ refresh_token: inside(bad) }), "refresh_token"],
    ["/auth/logout", (bad) => ({ refresh_token: inside(bad) }), "refresh_token"],
    ["/cart/items", (bad) => ({ product_id: `${id}${bad}`, quantity: 1 }), "product_id"],
    ["/cart/items", (bad) => ({ product_id: id, quantity: 1, extra: { deeper: [0, inside(bad)] } }), "extra.deeper.1"],
    ["/checkout", (bad) => ({ shipping: { ...SHIPPING, city: inside(bad) } }), "shipping.city"],
    ["/checkout", (bad) => ({ shipping: SHIPPING, [inside(bad)]: 1 }), inside("")],
  ];
  for (const [path, body, field] of bodies) {
    for (const bad of NOT_TEXT) {
      const label = `${path} ${field} ${JSON.stringify(bad)}`;
      const response = await post(path, body(bad), path === "/checkout" ? { "Idempotency-Key": newKey() } : {});
      expect(response.status(), label).toBe(400);
      const error = await expectError(response, 400, "invalid_request");
      const fields = Object.keys((error.details as { fields: Record<string, string> }).fields);
      expect(fields.length, label).toBe(1);
      if (field !== inside("")) expect(fields[0], label).toBe(field);
    }
  }
  // Nothing was created or changed by any of it.
  expect((await request.post("/api/v1/auth/login", { data: { email: "user@example.com\u0000.evil.com", password: "x" } })).status()).toBe(400);
  expect((await shopper.cart()).items).toEqual([]);
  expect(await shopper.orders()).toEqual([]);
});

test("tab and newline are text, and so is any well-formed Unicode", async ({ request }) => {
  const name = "Asha\tVerma\nनमस्ते 🏔️";
  const { user } = await register(request, { name });
  expect(user.name).toBe(name);
});

test("a path segment or query value that is not text is 400 naming it, for guests and signed-in users", async ({ request }) => {
  const shopper = await Shopper.register(request);
  for (const bad of ["%00", "%01", "%1F", "%7F", "%C2%85"]) {
    const slug = await expectError(await request.get(`/api/v1/products/mug${bad}`), 400, "invalid_request");
    expect(slug.details).toEqual({ fields: { slug: expect.any(String) } });
    for (const name of ["q", "category", "sort", "page", "anything"]) {
      const query = await expectError(await request.get(`/api/v1/products?${name}=a${bad}`), 400, "invalid_request");
      expect(query.details).toEqual({ fields: { [name]: expect.any(String) } });
    }
    const line = await expectError(await shopper.patch(`/cart/items/x${bad}`, { data: { quantity: 1 } }), 400, "invalid_request");
    expect(line.details).toEqual({ fields: { product_id: expect.any(String) } });
    await expectError(await shopper.get(`/orders/x${bad}`), 400, "invalid_request");
  }
  // Authentication comes first (docs/api.md: authentication, validation, then the rest).
  await expectError(await request.get("/api/v1/orders/x%00"), 401, "unauthorized");
});

test("JSON nested more than 32 levels deep is 400 before anything walks it; 32 levels are fine", async ({ request }) => {
  const shopper = await Shopper.register(request);
  const nested = (levels: number) => `${"[".repeat(levels - 1)}0${"]".repeat(levels - 1)}`;
  // 1 level for the body object, the rest in the extra field.
  for (const levels of [33, 100, 5000]) {
    const data = `{"shipping":${JSON.stringify(SHIPPING)},"extra":${nested(levels)}}`;
    const response = await shopper.post("/checkout", { data, headers: { "Content-Type": "application/json", "Idempotency-Key": newKey() } });
    await expectError(response, 400, "invalid_request");
  }
  const atLimit = `{"email":"${uniqueEmail()}","password":"not the password","extra":${nested(31)}}`;
  const login = await request.post("/api/v1/auth/login", { data: atLimit, headers: { "Content-Type": "application/json" } });
  await expectError(login, 401, "invalid_credentials");
});

test("a body that is not application/json is 415; an empty body needs no Content-Type", async ({ request }) => {
  const json = JSON.stringify(DEMO);
  for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", ""]) {
    const headers: Record<string, string> = type ? { "Content-Type": type } : {};
    const response = await request.post("/api/v1/auth/login", { data: Buffer.from(json), headers });
    await expectError(response, 415, "unsupported_media_type");
  }
  for (const type of ["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8"]) {
    expect((await request.post("/api/v1/auth/login", { data: json, headers: { "Content-Type": type } })).status(), type).toBe(200);
  }
  // A cookie-mode refresh sends no body at all.
  await expectError(await request.post("/api/v1/auth/refresh"), 401, "invalid_grant");
  await expectError(await request.post("/api/v1/auth/refresh", { headers: { "Content-Type": "text/plain" } }), 401, "invalid_grant");
});

/**
 * Sends `total` bytes of a JSON body in 8 KiB chunks, 20 ms apart, with or without a
 * Content-Length, and records how much was sent when the answer arrived.
 */
function slowUpload(total: number, declared: boolean): Promise<{ status: number; body: string; sentWhenAnswered: number }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "Content-Type": "application/json" };
    if (declared) headers["Content-Length"] = String(total);
    const req = http.request({ host: "127.0.0.1", port, path: "/api/v1/auth/login", method: "POST", headers });
    let sent = 0;
    let answered = false;
    const chunk = Buffer.alloc(8192, 0x20);
    const timer = setInterval(() => {
      if (answered || sent >= total) return clearInterval(timer);
      req.write(chunk.subarray(0, Math.min(chunk.length, total - sent)));
      sent += Math.min(chunk.length, total - sent);
    }, 20);
    req.on("response", (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      res.on("data", (part) => (body += part));
      res.on("end", () => {
        req.destroy();
        resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered });
      });
    });
    req.on("error", (error) => (answered ? undefined : reject(error)));
  });
}

test("a declared body over 64 KiB is 413 before it is read: the answer comes while the client still sends", async () => {
  const total = 1024 * 1024;
  const { status, body, sentWhenAnswered } = await slowUpload(total, true);
  expect(status).toBe(413);
  expect(JSON.parse(body).error.code).toBe("payload_too_large");
  expect(sentWhenAnswered).toBeLessThan(total / 2);
});

test("an undeclared body is cut off just past 64 KiB with 413, while the client still sends", async () => {
  const total = 1024 * 1024;
  const { status, body, sentWhenAnswered } = await slowUpload(total, false);
  expect(status).toBe(413);
  expect(JSON.parse(body).error.code).toBe("payload_too_large");
  expect(sentWhenAnswered).toBeGreaterThan(64 * 1024);
  expect(sentWhenAnswered).toBeLessThan(total / 2);
});

test("a body that stops arriving is answered 400 within 10 seconds, with the one error shape", async () => {
  test.setTimeout(60_000);
  const started = Date.now();
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.write(
        `POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"email":`,
      );
    });
    let text = "";
    socket.on("data", (data) => {
      text += data;
      if (text.includes("\r\n\r\n") && text.includes("}}")) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(text));
  });
  const seconds = (Date.now() - started) / 1000;
  expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  expect(answer).toContain('"code":"invalid_request"');
  expect(seconds).toBeGreaterThanOrEqual(9);
  expect(seconds).toBeLessThan(20);
});

/** Each path with the methods it serves, as its Allow header lists them. */
const PATHS: [string, string][] = [
  ["/auth/register", "POST"],
  ["/auth/login", "POST"],
  ["/auth/refresh", "POST"],
  ["/auth/logout", "POST"],
  ["/auth/logout-all", "POST"],
  ["/auth/me", "GET"],
  ["/auth/sessions", "GET"],
  ["/auth/sessions/some-session", "DELETE"],
  ["/products", "GET"],
  ["/products/merino-wool-beanie", "GET"],
  ["/cart", "GET"],
  ["/cart/items", "POST"],
  ["/cart/items/some-product", "PATCH, DELETE"],
  ["/checkout", "POST"],
  ["/orders", "GET"],
  ["/orders/some-order", "GET"],
  ["/health", "GET"],
  ["/demo/expire-access-token", "POST"],
];

/** A raw request: Playwright's client and fetch refuse TRACE and WebDAV methods. */
function raw(method: string, path: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: `/api/v1${path}`, method }, (res) => {
      let body = "";
      res.on("data", (part) => (body += part));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("TRACE, WebDAV and unserved methods are a JSON 405 with the path's Allow; OPTIONS is 204 with it", async () => {
  for (const [path, allow] of PATHS) {
    for (const method of [
      "TRACE",
      "PROPFIND",
      "LOCK",
      "MKCOL",
      "PUT",
      ...["GET", "POST", "PATCH", "DELETE"].filter((m) => !allow.includes(m)),
    ]) {
      const response = await raw(method, path);
      expect({ method, path, status: response.status, allow: response.headers.allow }).toEqual({ method, path, status: 405, allow });
      expect(JSON.parse(response.body).error.code).toBe("method_not_allowed");
    }
    const options = await raw("OPTIONS", path);
    expect({ path, status: options.status, allow: options.headers.allow, body: options.body }).toEqual({ path, status: 204, allow, body: "" });
  }
});

test("HEAD follows GET; an unknown path is a JSON 404 for every method, OPTIONS and TRACE included", async ({
  request,
}: {
  request: APIRequestContext;
}) => {
  const head = await raw("HEAD", "/products");
  expect(head.status).toBe(200);
  expect(head.headers["content-type"]).toContain("application/json");
  expect(head.body).toBe("");
  expect((await raw("HEAD", "/auth/login")).status).toBe(405);
  for (const method of ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"]) {
    const response = await raw(method, "/no/such/path");
    expect({ method, status: response.status }).toEqual({ method, status: 404 });
    if (method !== "HEAD") expect(JSON.parse(response.body).error.code).toBe("not_found");
  }
  // Still serving normally after all of it.
  expect((await request.get("/api/v1/health")).status()).toBe(200);
});
