// The shop's HTTP server (`npm start`, and `npm run dev` with --dev): Next.js's request
// handler behind a plain Node server, which does what a route cannot:
//
// 1. It records the address of the connection's peer in a header of its own
//    (lib/server/addressing.ts, PEER_ADDRESS_HEADER), overwriting any a client sent.
//    Next.js gives routes no socket, and its X-Forwarded-For keeps whatever a client
//    wrote, so without this the per-address login limit could be dodged with one header.
// 2. It answers a path under /api/ whose percent-escapes are not UTF-8 (/products/%ff)
//    with docs/api.md's JSON 404 (no endpoint has such a path), since Next.js fails on it with
//    a plain-text 500 before any route.
// 3. It hands methods that Next.js's route handlers cannot receive (TRACE, which a fetch
//    Request refuses to be built with, and WebDAV's PROPFIND, LOCK…, which Next answers
//    with an empty 400) to the path's OPTIONS handler, marked with REFUSED_METHOD_HEADER,
//    so the API answers them with its JSON 405 and that path's own `Allow` (lib/server/http.ts).
// 4. Without TRUST_PROXY=1 it drops the X-Forwarded-* headers a client sent. Next.js
//    builds `request.url`'s scheme from X-Forwarded-Proto, so a client could otherwise
//    claim HTTPS over plain HTTP and get a `Secure` refresh cookie the browser then
//    never sends back; Next fills the headers in again from the real connection.
import http from "node:http";
import next from "next";
import { readyBanner } from "./banner.mjs";

const PEER_ADDRESS_HEADER = "x-shop-peer-address";
const REFUSED_METHOD_HEADER = "x-shop-refused-method";
const FORWARDED_HEADERS = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];
const ROUTE_METHODS = new Set(["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"]);

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);

const app = next({ dev, port, ...(dev ? { turbopack: true } : {}) });
const handle = app.getRequestHandler();
// Runs the instrumentation hook, whose settings check ends the process on a bad setting,
// before the server listens or says it is ready.
await app.prepare();
// Read after prepare(), which loads the .env files, and the same way as lib/server/env.ts's `flag`.
const trustProxy = ["1", "true"].includes(process.env.TRUST_PROXY ?? "");

/** True when the path's percent-escapes decode to UTF-8 (Next.js would fail on it with a plain 500). */
function hasValidEscapes(url) {
  try {
    decodeURIComponent(url.split("?")[0]);
    return true;
  } catch {
    return false;
  }
}

const server = http.createServer((req, res) => {
  req.headers[PEER_ADDRESS_HEADER] = req.socket.remoteAddress ?? "";
  if (!trustProxy) for (const name of FORWARDED_HEADERS) delete req.headers[name];
  if ((req.url ?? "").startsWith("/api/") && !hasValidEscapes(req.url ?? "")) {
    // docs/api.md's one error shape, written here because the request never reaches a route.
    const message = "No API endpoint at this path (it is not valid URL encoding)";
    res.writeHead(404, { "Content-Type": "application/json" });
    res.end(JSON.stringify({ error: { code: "not_found", message, details: {} } }));
    return;
  }
  delete req.headers[REFUSED_METHOD_HEADER];
  if (!ROUTE_METHODS.has(req.method ?? "")) {
    if (!(req.url ?? "").startsWith("/api/")) {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method Not Allowed\n");
      return;
    }
    req.headers[REFUSED_METHOD_HEADER] = req.method ?? "";
    req.method = "OPTIONS";
  }
  handle(req, res);
});

// An idle keep-alive connection is closed after this long. Node's 5 s default races a
// client that sends its next request down the connection at the moment the server closes
// it (the client sees ECONNRESET); longer than a load balancer's usual 60 s idle limit, so
// the proxy, not this server, is the one that closes idle connections.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

server.listen(port, () => {
  console.log(readyBanner({ port, dev, databaseUrl: process.env.DATABASE_URL }));
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections();
    app.close().finally(() => process.exit(0));
  });
}
