// 9. The shopper's clock is 10 minutes off, either way. The client schedules from
//    `expires_in` counted from receipt, never from the JWT's `exp` against its own clock,
//    so the refresh comes shortly before each expiry: no loop (a fast clock) and no stale
//    token sent (a slow one).
import { expect, test } from "../fixtures";
import { SessionWatch, signedInOnInspector } from "./watch";

for (const minutes of [10, -10]) {
  test(`a clock ${Math.abs(minutes)} minutes ${minutes > 0 ? "fast" : "slow"}: one refresh shortly before each expiry, never a 401`, async ({
    page,
    context,
    request,
  }) => {
    await page.clock.install({ time: Date.now() + minutes * 60_000 }); // and it runs from there
    const expired: string[] = [];
    page.on("response", (response) => {
      if (response.status() === 401) expired.push(response.url());
    });
    let signedInAt = 0;
    page.on("response", (response) => {
      if (new URL(response.url()).pathname === "/api/v1/auth/login") signedInAt = Date.now();
    });
    await signedInOnInspector(page, request);
    const watch = new SessionWatch(context);

    // 3-second tokens: the refresh is due a fifth of the life before expiry, 2.4 s after receipt.
    await expect.poll(() => watch.refreshes.length, { timeout: 10_000 }).toBe(1);
    const first = Date.now() - signedInAt;
    await expect.poll(() => watch.refreshes.length, { timeout: 10_000 }).toBe(2);
    const second = Date.now() - signedInAt;
    expect(first, "the first refresh waited for its moment").toBeGreaterThan(1_500);
    expect(second - first, "the next one came a token's life later, not at once").toBeGreaterThan(1_500);
    expect(expired).toEqual([]);
    await expect(page.getByTestId("inspector-status")).toHaveAttribute("data-status", "signed-in");
    watch.expectClean({ refreshes: 2 });
  });
}
