import { json, methods, route } from "@/lib/server/http";

// A liveness probe and the benchmarks' baseline: no database, no auth.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(async () => json({ status: "ok" })),
});
