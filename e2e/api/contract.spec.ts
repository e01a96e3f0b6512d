// The check itself: it must refuse what drifts from the document, or no other test means anything.
import { expect, test } from "@playwright/test";
import { test as checkedTest, contractProblems, type Received } from "./contract";

const cart = { items: [], subtotal_cents: 0, currency: "EUR", item_count: 0 };
const answer = (overrides: Partial<Received>): Received => ({
  method: "GET",
  url: "http://localhost:3100/api/v1/cart",
  status: 200,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(cart),
  ...overrides,
});

test("a response that matches its operation passes", () => {
  expect(contractProblems(answer({}))).toEqual([]);
});

test("a wrong body fails: a missing field, a wrong type, a field the document does not name", () => {
  const { item_count: _, ...missing } = cart;
  expect(contractProblems(answer({ body: JSON.stringify(missing) })).join()).toContain("item_count");
  expect(contractProblems(answer({ body: JSON.stringify({ ...cart, subtotal_cents: "0" }) })).join()).toContain("/subtotal_cents");
  expect(contractProblems(answer({ body: JSON.stringify({ ...cart, password_hash: "x" }) })).join()).toContain("password_hash");
});

test("an undocumented status, error code or missing header fails", () => {
  expect(contractProblems(answer({ status: 418 })).join()).toContain("status not in the document");
  const error = (code: string) => JSON.stringify({ error: { code, message: "m", details: {} } });
  expect(contractProblems(answer({ status: 409, body: error("cart_empty") })).join()).toContain("status not in the document");
  const unauthorized = answer({ status: 401, body: error("token_expired") });
  expect(contractProblems(unauthorized).join()).toContain("WWW-Authenticate missing");
  const withHeader = { ...unauthorized, headers: { ...unauthorized.headers, "www-authenticate": 'Bearer realm="shop"' } };
  expect(contractProblems(withHeader)).toEqual([]);
  expect(contractProblems({ ...withHeader, body: error("invalid_grant") }).join()).toContain("/error/code");
});

test("methods and paths the document does not serve must be refused as it says", () => {
  const refused = (allow: string) =>
    answer({
      method: "PUT",
      status: 405,
      headers: { "content-type": "application/json", allow },
      body: JSON.stringify({ error: { code: "method_not_allowed", message: "m", details: {} } }),
    });
  expect(contractProblems(refused("GET"))).toEqual([]);
  expect(contractProblems(refused("GET, POST")).join()).toContain('the document serves "GET"');
  expect(contractProblems(answer({ method: "PUT" })).join()).toContain("only 405");
  expect(contractProblems(answer({ url: "http://localhost/api/v1/nowhere" })).join()).toContain("unknown path");
  expect(contractProblems(answer({ method: "HEAD", body: "{}" })).join()).toContain("no body");
});

checkedTest("every request context of an API test goes through the check", async ({ request, playwright }) => {
  expect(Object.getPrototypeOf(request).fetch.name).toBe("checkedFetch");
  const other = await playwright.request.newContext();
  expect(Object.getPrototypeOf(other).fetch.name).toBe("checkedFetch");
  await other.dispose();
});
