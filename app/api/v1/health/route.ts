import { json, methods, route } from "@/lib/server/http";

// A liveness probe and the benchmarks' baseline: no database, no auth.
export const { GET, POST, PUT, PATCH, DELETE } = methods({
  GET: route(async () => json({ status: "ok" })),
});
