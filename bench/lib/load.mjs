// Load generation with autocannon, used as a library so that requests can carry a
// different token or body each time (a refresh token is good for one request only).
import autocannon from "autocannon";

/**
 * One measurement: `connections` keep-alive connections each send their next request
 * as soon as the previous one is answered, for `seconds` or until `amount` requests.
 * `next()` (optional) gives each request its own parts ({ headers, body }).
 * `onResponse(status, body)` (optional) sees every answer, e.g. to keep the rotated
 * refresh token for a later request. Answers other than `expect` count as failures.
 */
export async function measure({ base, path, method = "GET", headers = {}, body, expect = 200, connections, seconds, amount, next, onResponse }) {
  const statuses = {};
  const latencies = [];
  let last = 0;
  const request = {
    method,
    path,
    headers,
    ...(body === undefined ? {} : { body }),
    ...(next ? { setupRequest: (req) => ({ ...req, ...next() }) } : {}),
    onResponse: (status, responseBody) => {
      statuses[status] = (statuses[status] ?? 0) + 1;
      onResponse?.(status, responseBody);
    },
  };
  // Throughput is counted here, from the start to the last answer: autocannon samples
  // once a second, which would round a short fixed-amount run up to whole seconds.
  const start = performance.now();
  const instance = autocannon({
    url: new URL(path, base).toString(),
    connections,
    pipelining: 1,
    timeout: 30,
    // autocannon checks for the end of a run at each sample; once a second would round
    // every run up to whole seconds.
    sampleInt: 100,
    ...(amount ? { amount } : { duration: seconds }),
    requests: [request],
  });
  // Latencies kept here in full (autocannon's histogram rounds to whole milliseconds).
  instance.on("response", (_client, _status, _bytes, milliseconds) => {
    latencies.push(milliseconds);
    last = performance.now();
  });
  const result = await instance;
  const elapsed = (last - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    connections,
    responses: latencies.length,
    sent: result.requests.sent,
    seconds: elapsed,
    rps: elapsed > 0 ? latencies.length / elapsed : 0,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    statuses,
    failures: latencies.length - (statuses[expect] ?? 0) + result.errors,
  };
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted, p) {
  if (sorted.length === 0) return undefined;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
