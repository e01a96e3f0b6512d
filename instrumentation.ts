// Runs once when the server starts (Next.js instrumentation hook).
export async function register(): Promise<void> {
  // Next.js sets NEXT_RUNTIME and inlines it in each runtime's build, so the Edge build drops
  // the import below; lib/server/env.ts would pull Node-only modules into that build.
  // eslint-disable-next-line no-restricted-syntax
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkSettingsOrExit } = await import("./lib/server/startup");
    checkSettingsOrExit();
  }
}
