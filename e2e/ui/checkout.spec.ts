// "Place order" sends one Idempotency-Key per checkout attempt and keeps it: a double click
// sends one request, and when the answer to a placed order is lost on the way back, the
// shopper's second click gets that same order back instead of buying twice.
import { bearer } from "../api/helpers";
import { expect, test } from "./fixtures";
import { PRODUCTS, addToCart, fillShipping, newAccount, openSignedOut, signInThroughForm } from "./helpers";
import type { OrderDto } from "@/lib/shared/api-types";

test("a double click and a lost answer still make exactly one order", async ({ page, request }) => {
  const account = await newAccount(request);
  await openSignedOut(page, "/login");
  await signInThroughForm(page, account);
  await addToCart(page, PRODUCTS.hammock);
  await page.getByRole("link", { name: "Cart, 1 item" }).click();
  await page.getByRole("link", { name: "Check out" }).click();

  // The form checks itself before anything is sent, and says what is missing next to each field.
  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByLabel("Street address")).toBeFocused();
  await expect(page.getByText("Required")).toHaveCount(4); // the name is filled in from the account
  await fillShipping(page);

  // The first order the server places never gets its answer back to the browser. (A 401 on
  // the way, if the access token expired just then, is passed through: the client refreshes.)
  const sent: { key: string | undefined; status: number }[] = [];
  let lost = false;
  await page.route("**/api/v1/checkout", async (route) => {
    const response = await route.fetch();
    sent.push({ key: route.request().headers()["idempotency-key"], status: response.status() });
    if (!lost && response.status() === 201) {
      lost = true;
      await route.abort("connectionreset");
    } else {
      await route.fulfill({ response });
    }
  });
  const answered = () => sent.filter((attempt) => attempt.status !== 401).map((attempt) => attempt.status);

  await page.getByRole("button", { name: "Place order" }).dblclick();
  await expect(page.getByRole("alert").filter({ hasText: "We couldn't reach the shop" })).toBeVisible();
  expect(answered(), "the double click sent one order").toEqual([201]);

  await page.getByRole("button", { name: "Place order" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, your order is placed" })).toBeVisible();
  expect(answered(), "the retry got the first order back (200, a replay)").toEqual([201, 200]);
  expect(new Set(sent.map((attempt) => attempt.key)).size, "one Idempotency-Key throughout").toBe(1);
  expect(sent[0]!.key).toMatch(/^[0-9a-f-]{36}$/);

  const session = await (await request.post("/api/v1/auth/login", { data: { email: account.email, password: account.password } })).json();
  const { orders }: { orders: OrderDto[] } = await (await request.get("/api/v1/orders", { headers: bearer(session.access_token) })).json();
  expect(orders).toHaveLength(1);
  expect(page.url()).toContain(`/orders/${orders[0]!.id}?placed=1`);
});
