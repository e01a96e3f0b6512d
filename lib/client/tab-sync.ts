// How the tabs of one browser agree on the session. Every new access token (from a
// login or a refresh) and every sign-out is broadcast on a BroadcastChannel, so one tab's
// refresh serves them all and one tab's logout ends them all. A small shared marker in
// localStorage, the version of the newest token, lets a tab that just got the refresh
// lock see that another tab refreshed while it waited, even before that tab's message
// arrives (the lock and the channel are separate mechanisms with no ordering between them).
import { z } from "zod";
import { userSchema, type KeyValueStorage } from "./token-storage";
import type { Timers } from "./backoff";

/** The part of BroadcastChannel we use (a fake hub in tests). */
export type TabChannel = {
  postMessage(message: unknown): void;
  subscribe(listener: (message: unknown) => void): () => void;
  close(): void;
};

const tabMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("tokens"),
    version: z.string(),
    access_token: z.string(),
    expires_in: z.number(),
    /** The sender's receipt time; tabs of one browser share its clock. */
    received_at: z.number(),
    user: userSchema.nullable(),
  }),
  z.object({
    type: z.literal("signed-out"),
    reason: z.enum(["session_expired", "logged_out", "logged_out_elsewhere", "storage_mode_changed"]).nullable(),
    mode: z.enum(["cookie", "localStorage"]),
  }),
]);

export type TabMessage = z.infer<typeof tabMessageSchema>;
export type TokensMessage = Extract<TabMessage, { type: "tokens" }>;

export const VERSION_KEY = "shop.token-version";

export type TabSync = ReturnType<typeof createTabSync>;

export function createTabSync(channel: TabChannel | null, storage: KeyValueStorage, timers: Timers) {
  const listeners = new Set<(message: TabMessage) => void>();
  let lastTokens: TokensMessage | null = null;
  const unsubscribe = channel?.subscribe((raw) => {
    // Another tab may run an older build of the app: ignore what we do not understand.
    const parsed = tabMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === "tokens") lastTokens = parsed.data;
    for (const listener of listeners) listener(parsed.data);
  });

  return {
    publish(message: TabMessage) {
      if (message.type === "tokens") storage.setItem(VERSION_KEY, message.version);
      channel?.postMessage(message);
    },
    listen(listener: (message: TabMessage) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The version of the newest token any tab of this browser received. */
    sharedVersion: (): string | null => storage.getItem(VERSION_KEY),
    /** Resolves with the broadcast of that token version, or null if it does not come in time. */
    waitForTokens(version: string, timeoutMs: number): Promise<TokensMessage | null> {
      if (lastTokens?.version === version) return Promise.resolve(lastTokens);
      return new Promise((resolve) => {
        const done = (message: TokensMessage | null) => {
          timers.clearTimeout(timer);
          listeners.delete(onMessage);
          resolve(message);
        };
        const onMessage = (message: TabMessage) => {
          if (message.type === "tokens" && message.version === version) done(message);
        };
        const timer = timers.setTimeout(() => done(null), timeoutMs);
        listeners.add(onMessage);
      });
    },
    close() {
      unsubscribe?.();
      listeners.clear();
      channel?.close();
    },
  };
}

/** A token version: 128 random bits (crypto.getRandomValues works on plain http too, unlike randomUUID). */
export function newTokenVersion(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
