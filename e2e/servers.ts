// The production servers the Playwright suites run against (started by playwright.config.ts),
// each on its own throwaway database.

// E2E_PORT_BASE moves both servers, so two checkouts can run their suites side by side.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);

export const SERVERS = {
  // Short lifetimes so tests watch tokens expire; a 2 s grace window to test both sides of
  // it; the inspector's demo tools on ("Expire my access token now").
  main: { port: base, env: { ACCESS_TOKEN_TTL_SECONDS: "3", REFRESH_REUSE_GRACE_SECONDS: "2", DEMO_TOOLS: "1" } },
  // Grace 0: every reuse is theft, and only one of many parallel refreshes can win.
  // Demo tools off, as in production: their endpoint must not exist here.
  strict: {
    port: base + 1,
    env: { ACCESS_TOKEN_TTL_SECONDS: "3", REFRESH_REUSE_GRACE_SECONDS: "0", DEMO_TOOLS: "0" },
  },
} as const;

export const mainUrl = `http://localhost:${SERVERS.main.port}`;
export const strictUrl = `http://localhost:${SERVERS.strict.port}`;
