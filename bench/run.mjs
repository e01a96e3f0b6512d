// `npm run bench`: what the auth layer costs, measured on the production build.
// Starts `npm start` on a fresh database, loads it with autocannon, scenario after
// scenario, and compares each one with a trivial route (GET /api/v1/health: no
// database, no auth) measured in the same run. Prints the table and writes it to
// bench/results.md. It reports; it asserts nothing about time.
//
//   npm run bench                  full run (about four minutes), writes bench/results.md and the README summary
//   npm run bench -- --quick       short run (under a minute once built), writes bench/results-quick.md
//   npm run bench -- --build       rebuild first even when the build looks current
//   DATABASE_URL=postgresql://… npm run bench      the same against PostgreSQL
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PASSWORD, addCartLine, allocateUnits, call, productsWithStock, registerShoppers } from "./lib/fixtures.mjs";
import { bareBuild, measureFirstLoadJs } from "./lib/first-load-js.mjs";
import { chromiumPath, measureLighthouse } from "./lib/lighthouse.mjs";
import { measure } from "./lib/load.mjs";
import {
  README_MARKERS,
  frontEndLines,
  keyRowsTable,
  machineLines,
  memoryLine,
  scenarioTable,
  target,
  targetTable,
  writeBetweenMarkers,
} from "./lib/report.mjs";
import { chooseDatabase, cpuTimeOf, settle, startServer, watchMemory, watchOtherWork } from "./lib/server.mjs";

const PORT = 3600;
const CHROME_PORT = 3601;
const CONNECTIONS = 32;
// Sessions per refresh run. More than there are connections, so that a failed answer
// (which loses its successor token) cannot leave a connection without a token.
const REFRESH_POOLS = [
  { connections: 1, warm: 1, measure: 2 },
  { connections: CONNECTIONS, warm: CONNECTIONS, measure: CONNECTIONS + CONNECTIONS / 2 },
];

const flags = new Set(process.argv.slice(2));
const quick = flags.has("--quick");
const PLAN = quick
  ? { seconds: 1, warmSeconds: 0.5, hashSeconds: 1, lighthouseRuns: 1, loginShoppers: 32, checkouts: 32, warmCheckouts: 8 }
  : { seconds: 10, warmSeconds: 2, hashSeconds: 10, lighthouseRuns: 3, loginShoppers: 64, checkouts: 400, warmCheckouts: 32 };

const startedAt = Date.now();
const loadBefore = os.loadavg()[0];
// Other work on the machine lowers every figure; the report says how much there was.
const otherWork = watchOtherWork();
if (loadBefore >= 1) {
  console.warn(`Note: the 1-minute load average is ${loadBefore.toFixed(2)}; other work will lower every figure.`);
}

ensureBuild(flags.has("--build"));
// Before the server starts, so that no build runs beside a measurement. A failure
// here shows as "not measured" in the first-load row, after the rest was measured.
try {
  bareBuild(log);
} catch (error) {
  log(error.message);
}

const database = chooseDatabase();
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "shop-bench-log-"));
const logFile = path.join(workDir, "server.log");
log(`Starting the production server on port ${PORT} (${database.label})…`);
const server = await startServer({ port: PORT, databaseUrl: database.url, logFile });
const memoryWatch = watchMemory(server);
const runId = Date.now().toString(36);
const { base } = server;

const rows = [];
let memory;
let firstLoad;
let lighthouseResult;
let hashRate = null;
try {
  // What this branch serves: the shop endpoints may not exist yet.
  const productsProbe = await call(base, "GET", "/api/v1/products");
  const hasShop = productsProbe.status === 200;
  const cartProbeStatus = (await call(base, "GET", "/api/v1/cart")).status;
  const hasCart = cartProbeStatus === 401; // the route exists and wants a token
  const hasCheckout = (await call(base, "POST", "/api/v1/checkout", { body: {} })).status === 401;
  const notServed = (route, status) => `${route} answered ${status} (not served by this build)`;

  log("Registering the shoppers the scenarios need…");
  const readers = await registerShoppers(base, { count: CONNECTIONS, runId, label: "reader" });
  const refreshers = await registerShoppers(base, {
    count: REFRESH_POOLS.reduce((sum, pools) => sum + pools.warm + pools.measure, 0),
    runId,
    label: "refresh",
  });
  const loginShoppers = await registerShoppers(base, { count: PLAN.loginShoppers, runId, label: "login" });

  let buyers = [];
  let warmBuyers = [];
  if (hasShop && hasCart && hasCheckout) {
    const units = allocateUnits(await productsWithStock(base), PLAN.checkouts + PLAN.warmCheckouts);
    const shoppers = await registerShoppers(base, { count: units.length, runId, label: "buyer" });
    for (const [i, shopper] of shoppers.entries()) await addCartLine(base, shopper.accessToken, units[i]);
    warmBuyers = shoppers.slice(0, Math.min(PLAN.warmCheckouts, Math.floor(units.length / 4)));
    buyers = shoppers.slice(warmBuyers.length);
  }
  if (hasShop && hasCart) {
    const [firstProduct] = await productsWithStock(base);
    for (const reader of readers) await addCartLine(base, reader.accessToken, firstProduct.id);
  }

  // A measurement with the server's CPU time per request and its memory peak beside it.
  // It starts on an idle server and ends once the requests cut off at its end are
  // served too, so their CPU time counts here (per request sent), not in the next run.
  const measured = async (run) => {
    await settle(server.serverPid);
    memoryWatch.beginPhase();
    const cpuBefore = cpuTimeOf(server.serverPid);
    const result = await run();
    await settle(server.serverPid);
    const cpu = cpuTimeOf(server.serverPid) - cpuBefore;
    return { ...result, cpuPerRequest: cpu / result.sent, rss: memoryWatch.endPhase() };
  };

  const scenario = async (label, options, { available = true, reason } = {}) => {
    if (!available) {
      rows.push({ label, connections: options.connections, skipped: reason, group: options.group });
      return;
    }
    log(`${label}, ${options.connections} connection${options.connections === 1 ? "" : "s"}…`);
    const { warm, group, ...load } = options;
    if (PLAN.warmSeconds > 0) await measure({ base, ...load, seconds: PLAN.warmSeconds, ...warm });
    rows.push({ label, group, ...(await measured(() => measure({ base, ...load, seconds: PLAN.seconds }))) });
  };

  const roundRobin = (items, build) => {
    let i = 0;
    return () => build(items[i++ % items.length]);
  };
  const bearer = (shopper) => ({ headers: { Authorization: `Bearer ${shopper.accessToken}` } });
  const jsonHeaders = { "Content-Type": "application/json" };

  // The baseline runs first and again last, so that drift over the run shows.
  const baseline = async (suffix) => {
    for (const connections of [CONNECTIONS, 1]) {
      await scenario(`GET /health (baseline${suffix})`, { path: "/api/v1/health", connections, group: "baseline" });
    }
  };
  await baseline("");

  await scenario(
    "GET /products (first page)",
    { path: "/api/v1/products", connections: CONNECTIONS },
    {
      available: hasShop,
      reason: notServed("GET /api/v1/products", productsProbe.status),
    },
  );
  await scenario(
    "GET /products?q=mug (search)",
    { path: "/api/v1/products?q=mug", connections: CONNECTIONS },
    {
      available: hasShop,
      reason: notServed("GET /api/v1/products", productsProbe.status),
    },
  );

  await scenario("GET /auth/me (Bearer)", { path: "/api/v1/auth/me", connections: CONNECTIONS, next: roundRobin(readers, bearer) });
  await scenario(
    "GET /cart (Bearer)",
    { path: "/api/v1/cart", connections: CONNECTIONS, next: roundRobin(readers, bearer) },
    {
      available: hasCart,
      reason: notServed("GET /api/v1/cart", cartProbeStatus),
    },
  );

  // Refresh: every request spends one refresh token and gets its successor, which goes
  // back into the pool for a later request; no token is presented twice. Warm-up and
  // measurement use separate pools: requests cut off at the end of a run lose their
  // successors.
  let nextRefresher = 0;
  const refreshLoad = (poolSize) => {
    const pool = refreshers.slice(nextRefresher, nextRefresher + poolSize).map((shopper) => shopper.refreshToken);
    nextRefresher += poolSize;
    return {
      next: () => ({ body: JSON.stringify({ refresh_token: pool.shift() ?? "pool-exhausted" }) }),
      onResponse: (status, body) => {
        if (status === 200) pool.push(JSON.parse(body).refresh_token);
      },
    };
  };
  for (const pools of REFRESH_POOLS) {
    await scenario("POST /auth/refresh (one token per request)", {
      path: "/api/v1/auth/refresh",
      method: "POST",
      headers: jsonHeaders,
      connections: pools.connections,
      warm: refreshLoad(pools.warm),
      ...refreshLoad(pools.measure),
    });
  }

  log(`Raw password-hash rate (argon2id verify, ${CONNECTIONS} at a time, in a process of its own)…`);
  hashRate = measureHashRate(PLAN.hashSeconds, CONNECTIONS);
  rows.push({
    label: "argon2id verify, raw (no HTTP)",
    connections: CONNECTIONS,
    rps: hashRate.rate,
    cpuPerRequest: hashRate.cpuPerCheck,
    failures: 0,
    ratio: null,
  });
  // Every login succeeds: many shoppers in turn, and none of them ever fails one, so
  // the rate limit (five failures per email) never steps in.
  await scenario("POST /auth/login", {
    path: "/api/v1/auth/login",
    method: "POST",
    headers: jsonHeaders,
    connections: CONNECTIONS,
    next: roundRobin(loginShoppers, (shopper) => ({ body: JSON.stringify({ email: shopper.email, password: PASSWORD }) })),
  });

  // Checkout: each request is another shopper (with one cart line) and another key;
  // the run ends when every prepared shopper has checked out once.
  const checkoutLoad = (shoppers) => {
    const pool = [...shoppers];
    return {
      amount: pool.length,
      next: () => {
        const shopper = pool.shift();
        return {
          headers: { ...jsonHeaders, Authorization: `Bearer ${shopper?.accessToken}`, "Idempotency-Key": `bench-${runId}-${shopper?.email}` },
        };
      },
    };
  };
  const checkoutBody = JSON.stringify({
    shipping: { name: "Bench Shopper", address: "1 Load Street", city: "Testville", postal_code: "12345", country: "DE" },
  });
  if (buyers.length >= CONNECTIONS) {
    log(`POST /checkout, ${buyers.length} shoppers…`);
    const options = { base, path: "/api/v1/checkout", method: "POST", body: checkoutBody, expect: 201, connections: CONNECTIONS };
    if (warmBuyers.length > 0) {
      await measure({ ...options, ...checkoutLoad(warmBuyers), connections: Math.min(CONNECTIONS, warmBuyers.length) });
    }
    rows.push({
      label: `POST /checkout (${buyers.length} shoppers, each once)`,
      ...(await measured(() => measure({ ...options, ...checkoutLoad(buyers) }))),
    });
  } else {
    rows.push({
      label: "POST /checkout",
      connections: CONNECTIONS,
      skipped: hasCheckout ? "too little stock for the shoppers" : notServed("POST /api/v1/checkout", "no 401"),
    });
  }

  await baseline(", again at the end");

  // The front end: what the product listing costs a browser.
  // The storefront's listing page, or the home page (which lists products) on a build without it.
  const listing = await call(base, "GET", "/products");
  const listingPath = listing.status === 200 && listing.contentType.includes("text/html") ? "/products" : "/";
  try {
    firstLoad = await measureFirstLoadJs(base, listingPath, log);
  } catch (error) {
    firstLoad = { error: error.message };
  }
  const chromePath = chromiumPath();
  if (chromePath) {
    log(`Lighthouse on ${listingPath} (${PLAN.lighthouseRuns} run${PLAN.lighthouseRuns === 1 ? "" : "s"})…`);
    try {
      lighthouseResult = await measureLighthouse(`${base}${listingPath}`, { runs: PLAN.lighthouseRuns, port: CHROME_PORT, chromePath });
    } catch (error) {
      lighthouseResult = { error: error.message };
    }
  } else {
    lighthouseResult = { error: "no Chromium (set CHROME_PATH)" };
  }
} finally {
  memory = memoryWatch.finish();
  await server.stop();
  database.cleanup();
}

// Ratios: each scenario against the mean of the baseline runs with as many connections.
const baselineRps = (connections) => {
  const runs = rows.filter((row) => row.group === "baseline" && row.connections === connections && !row.skipped);
  return runs.reduce((sum, row) => sum + row.rps, 0) / runs.length;
};
for (const row of rows) {
  if (row.skipped || row.ratio === null) continue;
  row.ratio = row.rps / baselineRps(row.connections);
}
const find = (label, connections = CONNECTIONS) =>
  rows.find((row) => row.label.startsWith(label) && row.connections === connections && !row.skipped);
const cart = find("GET /cart");
const refresh = find("POST /auth/refresh");
const login = find("POST /auth/login");

const targets = [
  target("GET /cart ≥ 0.6 × baseline", cart?.ratio, { atLeast: 0.6, format: (v) => `${v.toFixed(2)} ×`, missing: "no /cart" }),
  target("POST /auth/refresh ≥ 0.3 × baseline", refresh?.ratio, { atLeast: 0.3, format: (v) => `${v.toFixed(2)} ×`, missing: "refresh failed" }),
  target(`refresh p99 < 100 ms at ${CONNECTIONS} connections${database.kind === "sqlite" ? "" : " (set for SQLite)"}`, refresh?.p99, {
    below: 100,
    format: (v) => `${v.toFixed(1)} ms`,
    missing: "refresh failed",
  }),
  target("login ≥ 0.9 × raw hash rate", login && hashRate ? login.rps / hashRate.rate : null, {
    atLeast: 0.9,
    format: (v) => `${v.toFixed(2)} × (${login.rps.toFixed(1)} vs ${hashRate.rate.toFixed(1)} per s)`,
    missing: "login failed",
  }),
  target("listing page first-load JS ≤ bare page + 60 kB (gzip)", firstLoad?.added, {
    below: 60_001,
    format: (v) => `+${(v / 1000).toFixed(1)} kB`,
    missing: firstLoad?.error,
  }),
  target("Lighthouse performance ≥ 95 (listing)", lighthouseResult?.score, {
    atLeast: 95,
    format: (v) => `${v} (LCP ${Math.round(lighthouseResult.lcp)} ms)`,
    missing: lighthouseResult?.error,
  }),
];

const machine = {
  date: new Date(startedAt).toISOString().replace(/\.\d+Z$/, "Z"),
  cpu: cpuModel(),
  cores: os.availableParallelism(),
  memoryGiB: os.totalmem() / 1024 ** 3,
  node: process.version,
  database: database.label,
  commit: commitId(),
  mode: quick
    ? "--quick (short runs, one Lighthouse run)"
    : `full (${PLAN.seconds} s per scenario after ${PLAN.warmSeconds} s of warm-up, ${PLAN.lighthouseRuns} Lighthouse runs)`,
  seconds: (Date.now() - startedAt) / 1000,
  loadBefore,
  otherRunnable: otherWork.finish(),
  loadAfter: os.loadavg()[0],
};

const report = [
  "## HTTP",
  "",
  scenarioTable(rows),
  "",
  `× baseline: requests/s divided by the mean of the GET /health runs with as many connections. Latency: from sending a request to the end of its answer. "failed": answers other than the expected 200/201, and socket errors. "CPU ms/req": next-server's CPU time (all threads) per request sent (requests cut off at the end of a run are served before the count stops), which other work on the machine changes less than requests/s. "peak RSS": next-server's highest resident memory sampled during the scenario. The load generator runs on the same ${machine.cores} cores as the server.`,
  "",
  "## Targets",
  "",
  targetTable(targets),
  "",
  "## Front end and memory",
  "",
  ...frontEndLines({ firstLoad, lighthouse: lighthouseResult }),
  memoryLine(memory),
  "",
  "## Machine",
  "",
  ...machineLines(machine),
].join("\n");

console.log(`\n${report}\n`);

const resultsFile = quick ? "bench/results-quick.md" : database.kind === "sqlite" ? "bench/results.md" : `bench/results-${database.kind}.md`;
writeBetweenMarkers(resultsFile, report, { title: "Benchmark results" });
log(`Wrote ${resultsFile}.`);
if (!quick && database.kind === "sqlite") {
  const keyRows = [
    find("GET /health (baseline)"),
    find("GET /products (first"),
    find("GET /cart"),
    refresh,
    find("argon2id"),
    login,
    find("POST /checkout"),
  ].filter(Boolean);
  const summary = [
    keyRowsTable(keyRows),
    "",
    targetTable(targets),
    "",
    `${machine.date}, ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.database}; 1-minute load average ${loadBefore.toFixed(2)} before the run. Every figure, and why a target is missed: [bench/results.md](bench/results.md).`,
  ].join("\n");
  if (writeBetweenMarkers("README.md", summary, README_MARKERS)) log("Updated the summary in README.md.");
}
// fetch's idle keep-alive sockets to the stopped server would keep the process alive for seconds.
process.exit(0);

function log(message) {
  console.error(`[bench ${String(Math.round((Date.now() - startedAt) / 1000)).padStart(3)} s] ${message}`);
}

function measureHashRate(seconds, concurrency) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "bench/hash-rate.ts", String(seconds), String(concurrency)], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`bench/hash-rate.ts failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split("\n").at(-1));
}

/**
 * Builds unless a build exists that is newer than every source file. A stale build
 * would measure old code.
 */
function ensureBuild(force) {
  const buildId = ".next/BUILD_ID";
  const sources = [
    "app",
    "components",
    "lib",
    "public",
    "prisma",
    "instrumentation.ts",
    "proxy.ts",
    "next.config.mjs",
    "postcss.config.mjs",
    "tsconfig.json",
    "package-lock.json",
  ];
  const builtAt = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
  const newest = Math.max(...sources.map((entry) => newestMtime(entry)));
  if (!force && builtAt > newest) {
    log("The production build is current.");
    return;
  }
  log(force ? "Building (--build)…" : "Building: no production build, or sources changed since the last one…");
  const result = spawnSync("node_modules/.bin/next", ["build"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Generated by `prisma generate` at install time, from prisma/schema.prisma (itself checked).
  if (entry === path.join("lib", "server", "generated")) return 0;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function cpuModel() {
  const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync("/proc/cpuinfo", "utf8"));
  return match?.[1] ?? os.cpus()[0]?.model ?? "unknown CPU";
}

function commitId() {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() !== "";
    return `${head}${dirty ? " (with uncommitted changes)" : ""}`;
  } catch {
    return "unknown";
  }
}
