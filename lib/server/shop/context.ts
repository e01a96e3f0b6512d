import "server-only";
// Where the shop's data access gets its database and the current time: the app's
// defaults, or a test's throwaway database and fixed clock.
import { getDb, type Db } from "@/lib/server/db";

export type ShopContext = { db: Db; now: Date };

export function shopContext(overrides: Partial<ShopContext> = {}): ShopContext {
  return { db: overrides.db ?? getDb(), now: overrides.now ?? new Date() };
}
