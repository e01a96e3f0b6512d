import "server-only";
import { getEnv } from "./env";

/**
 * A wrong setting (a missing JWT_SECRET in production, say) stops the server at start
 * with a clear message, instead of failing the first request that signs a token.
 */
export function checkSettingsOrExit(): void {
  try {
    getEnv();
  } catch (error) {
    console.error(`\nThe shop cannot start.\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
