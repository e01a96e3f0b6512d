// "Did another tab already do it?": the one check a tab makes after it gets the refresh
// lock and before it calls /auth/refresh.
//
// This is an optimisation, not what keeps the session safe. Without it, a tab that waited
// for the lock would refresh again: it reads the refresh token at the moment of the call
// (the rotated cookie, or the rotated value in localStorage), so that second rotation is
// valid, and nobody is signed out. What it saves is that second call, and with it a second
// rotation per expiry for every open tab: the shopper with three tabs makes one refresh,
// not three.
//
// The other tab's new token reaches this one over the BroadcastChannel (tab-sync.ts), but
// the lock and the channel are separate mechanisms with no ordering between them: the
// lock can be granted here before the message arrives. So the sender also writes the new
// token's version to localStorage; a version newer than the one this tab holds means the
// message is on its way, and it is worth a short wait (in localStorage mode the pair
// itself is already in storage).
import type { AuthStore } from "./auth-store";
import type { Session } from "./session";
import type { TabSync } from "./tab-sync";
import type { TokenStorage } from "./token-storage";

/** How long a tab waits for the broadcast of a token another tab has already received. */
export const HANDOFF_TIMEOUT_MS = 2_000;

/** A newer token, and where it came from (with the other tab's short name, when it said). */
export type Handoff = { accessToken: string; from: "this-tab" } | { accessToken: string; from: "other-tab"; tab?: string };

export type TokenHandoff = ReturnType<typeof createTokenHandoff>;

type Deps = { store: AuthStore; tokens: TokenStorage; tabSync: TabSync; session: Session; now: () => number };

export function createTokenHandoff({ store, tokens, tabSync, session, now }: Deps) {
  return {
    /** Notes the shared version when a refresh begins, for a tab that holds no token yet. */
    baseline: (): string | null => tabSync.sharedVersion(),

    /**
     * A usable access token newer than `stale`, if this tab has one or another tab just got
     * one; null when this tab must refresh. Call it while holding the refresh lock.
     */
    async newerThan(stale: string | null, baseline: string | null, signal: AbortSignal): Promise<Handoff | null> {
      const { accessToken, accessExpiresAt } = store.getState();
      if (accessToken && accessToken !== stale && accessExpiresAt !== null && accessExpiresAt > now()) {
        // Already here: this tab's own refresh, or another tab's whose broadcast came first.
        const tab = session.versionTab();
        return tab ? { accessToken, from: "other-tab", tab } : { accessToken, from: "this-tab" };
      }
      const shared = tabSync.sharedVersion();
      if (!shared || shared === (session.version() ?? baseline)) return null;

      if (tokens.mode() === "localStorage") {
        const stored = tokens.read();
        const receivedAt = now();
        if (!stored.accessToken || stored.accessToken === stale || stored.accessExpiresAt === null || stored.accessExpiresAt <= receivedAt) {
          return null;
        }
        session.adopt({
          type: "tokens",
          version: shared,
          access_token: stored.accessToken,
          expires_in: (stored.accessExpiresAt - receivedAt) / 1000,
          received_at: receivedAt,
          user: null,
        });
        return { accessToken: stored.accessToken, from: "other-tab", tab: tabSync.sharedVersionTab() };
      }
      const message = await tabSync.waitForTokens(shared, HANDOFF_TIMEOUT_MS);
      if (!message || signal.aborted) return null;
      session.adopt(message);
      return { accessToken: message.access_token, from: "other-tab", tab: message.tab };
    },
  };
}
