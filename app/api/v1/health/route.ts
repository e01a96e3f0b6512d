import { json, methods, route } from "@/lib/server/http";
import { healthSchema } from "@/lib/shared/api-schemas";

// A liveness probe and the benchmarks' baseline: no database, no auth.
export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = methods({
  GET: route(async () => json(healthSchema, { status: "ok" })),
});
