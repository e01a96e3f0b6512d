// A server that dies in the middle of checkouts (kill -9) leaves their Idempotency-Keys
// claimed with no order. docs/api.md: such a key blocks for at most 30 seconds; then a retry
// with it is served as a new request. The test holds every checkout inside its
// transaction (it locks the product's row, so each checkout's stock update waits after
// its key was claimed), kills the server, starts it again and retries every key until
// it is answered: each resolves within the 30 seconds, into exactly one order, and the
// stock adds up. It buys organic-cotton-crew-tee, which no other test buys.
import { spawn, type ChildProcess } from "node:child_process";
import { type APIRequestContext } from "@playwright/test";
import { expect, test } from "../api/contract";
import pg from "pg";
import type { ProductDto } from "@/lib/shared/api-types";
import { CLUSTER, CLUSTER_ORIGIN, E2E_JWT_SECRET, clusterUrls, databaseUrl, ownServerPort } from "../servers";
import { bearer, register } from "../api/helpers";
import { SHIPPING, newKey } from "../api/shop-helpers";

const URL = `http://localhost:${ownServerPort}`;
const BUYERS = 8;

/** The production server on the cluster's database, started here so that it can be killed. */
function startServer(): ChildProcess {
  return spawn(process.execPath, ["scripts/server.mjs"], {
    stdio: "ignore",
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(ownServerPort),
      DATABASE_URL: databaseUrl(CLUSTER.a.database),
      JWT_SECRET: E2E_JWT_SECRET,
      PUBLIC_ORIGIN: CLUSTER_ORIGIN,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
}

async function untilHealthy(request: APIRequestContext): Promise<void> {
  await expect.poll(async () => (await request.get(`${URL}/api/v1/health`).catch(() => null))?.status(), { timeout: 60_000 }).toBe(200);
}

const stockOf = async (request: APIRequestContext): Promise<number> =>
  ((await (await request.get(`${clusterUrls.a}/api/v1/products/organic-cotton-crew-tee`)).json()) as ProductDto).stock;

test("after a crash mid-checkout every Idempotency-Key resolves within 30 s into one order, and the stock adds up", async ({ request }) => {
  test.setTimeout(180_000);
  let server = startServer();
  const database = new pg.Client({ connectionString: databaseUrl(CLUSTER.a.database) });
  try {
    await untilHealthy(request);
    const tee = (await (await request.get(`${clusterUrls.a}/api/v1/products/organic-cotton-crew-tee`)).json()) as ProductDto;
    const stockBefore = tee.stock;
    const buyers = await Promise.all(
      Array.from({ length: BUYERS }, async () => {
        const { access_token } = await register(request, {}, clusterUrls.a);
        const headers = bearer(access_token);
        const added = await request.post(`${clusterUrls.a}/api/v1/cart/items`, { data: { product_id: tee.id, quantity: 1 }, headers });
        expect(added.status()).toBe(200);
        return { headers, key: newKey() };
      }),
    );
    const checkout = ({ headers, key }: (typeof buyers)[number]) =>
      request.post(`${URL}/api/v1/checkout`, { data: { shipping: SHIPPING }, headers: { ...headers, "Idempotency-Key": key }, timeout: 60_000 });

    // Hold the product's row: every checkout claims its key, then waits in its transaction.
    await database.connect();
    await database.query("BEGIN");
    await database.query(`SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE`, [tee.id]);
    const inFlight = buyers.map((buyer) => checkout(buyer).catch(() => null));
    const waiting = async () =>
      Number(
        (
          await database.query(`SELECT count(*) FROM "IdempotencyKey" WHERE key = ANY($1) AND "orderId" IS NULL`, [
            buyers.map((buyer) => buyer.key),
          ])
        ).rows[0].count,
      );
    // The claims were committed outside the transaction this one blocks, so it sees them.
    await expect.poll(waiting, { timeout: 30_000 }).toBe(BUYERS);

    server.kill("SIGKILL");
    const crashedAt = Date.now();
    await Promise.all(inFlight); // each dropped with the connection
    await database.query("ROLLBACK");
    expect(await waiting()).toBe(BUYERS); // every key is left claimed, with no order

    server = startServer();
    await untilHealthy(request);
    // Retry every key until it is answered, as a client would: "still in progress" is the
    // only answer to wait out, and a connection the crash left half-open is tried again.
    const resolved = await Promise.all(
      buyers.map(async (buyer) => {
        for (;;) {
          const response = await checkout(buyer).catch(() => null);
          const body = response ? await response.json() : null;
          if (response && (response.status() !== 409 || body.error?.code !== "idempotency_conflict")) {
            return { status: response.status(), orderId: body.id as string };
          }
          expect(Date.now() - crashedAt, "a key was blocked for longer than 30 s").toBeLessThan(35_000);
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }),
    );
    expect(resolved.map((answer) => answer.status)).toEqual(Array(BUYERS).fill(201));

    // One order per key: a replay gives the same one, and each buyer has exactly it.
    for (const [i, buyer] of buyers.entries()) {
      const replay = await checkout(buyer);
      expect(replay.status()).toBe(200);
      expect((await replay.json()).id).toBe(resolved[i]!.orderId);
      const orders = (await (await request.get(`${clusterUrls.a}/api/v1/orders`, { headers: buyer.headers })).json()).orders;
      expect(orders.map((order: { id: string }) => order.id)).toEqual([resolved[i]!.orderId]);
    }
    expect(await stockOf(request)).toBe(stockBefore - BUYERS);
  } finally {
    server.kill("SIGKILL");
    await database.end().catch(() => undefined);
  }
});
