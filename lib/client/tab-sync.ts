// How the tabs of one browser agree on the session. Every new access token (from a
// login or a refresh) and every sign-out is broadcast on a BroadcastChannel, so one tab's
// refresh serves them all and one tab's logout ends them all. A small shared marker in
// localStorage, the version of the newest token, lets a tab that just got the refresh
// lock see that another tab refreshed while it waited, even before that tab's message
// arrives (the lock and the channel are separate mechanisms with no ordering between them).
// Handing the access token over the channel exposes it to no one new: a BroadcastChannel
// reaches only pages of this same origin, where any script can already call the API as the shopper.
import { z } from "zod";
import { SIGNED_OUT_REASONS } from "./auth-store";
import type { Timers } from "./backoff";
import { userSchema, type KeyValueStorage } from "./token-storage";

/** The part of BroadcastChannel we use (a fake hub in tests). */
export type TabChannel = {
  postMessage(message: unknown): void;
  subscribe(listener: (message: unknown) => void): () => void;
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
    /** The short name of the tab whose login or refresh brought the token, for the timeline. */
    tab: z.string().max(8).optional(),
  }),
  z.object({
    type: z.literal("signed-out"),
    reason: z.enum(SIGNED_OUT_REASONS).nullable(),
    mode: z.enum(["cookie", "localStorage"]),
  }),
]);

export type TabMessage = z.infer<typeof tabMessageSchema>;
export type TokensMessage = Extract<TabMessage, { type: "tokens" }>;

export const VERSION_KEY = "shop.token-version";
/** Beside the version: which tab received that token (a tab that adopts it from storage names it). */
export const VERSION_TAB_KEY = "shop.token-version-tab";

export type TabSync = ReturnType<typeof createTabSync>;

export function createTabSync(channel: TabChannel | null, storage: KeyValueStorage, timers: Timers) {
  const listeners = new Set<(message: TabMessage) => void>();
  let lastTokens: TokensMessage | null = null;
  channel?.subscribe((raw) => {
    // Another tab may run an older build of the app: ignore what we do not understand.
    const parsed = tabMessageSchema.safeParse(raw);
    if (!parsed.success) return;
    if (parsed.data.type === "tokens") lastTokens = parsed.data;
    for (const listener of listeners) listener(parsed.data);
  });

  return {
    publish(message: TabMessage) {
      if (message.type === "tokens") {
        storage.setItem(VERSION_KEY, message.version);
        storage.setItem(VERSION_TAB_KEY, message.tab ?? "");
      }
      channel?.postMessage(message);
    },
    listen(listener: (message: TabMessage) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** The version of the newest token any tab of this browser received. */
    sharedVersion: (): string | null => storage.getItem(VERSION_KEY),
    /** The short name of the tab that received it, if it said. */
    sharedVersionTab: (): string | undefined => storage.getItem(VERSION_TAB_KEY) || undefined,
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
  };
}

/** A token version: 128 random bits (crypto.getRandomValues works on plain http too, unlike randomUUID). */
export function newTokenVersion(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

const RECENT_TAB_NAMES_KEY = "shop.tab-names";

/**
 * A short name for this page load, so a learner can tell tabs apart in the inspector:
 * a letter and a digit ("K4"), none that look alike (no I/1, O/0), and none of the last
 * eight this browser gave out, so tabs open side by side never share one.
 */
export function newTabName(random: () => number, storage: KeyValueStorage): string {
  const recent = (storage.getItem(RECENT_TAB_NAMES_KEY) ?? "").split(",").filter(Boolean);
  const pick = (chars: string) => chars[Math.floor(random() * chars.length)]!;
  let name = "";
  for (let tries = 0; tries < 32 && (name === "" || recent.includes(name)); tries += 1) {
    name = pick("ABCDEFGHJKLMNPQRSTUVWXYZ") + pick("23456789");
  }
  storage.setItem(RECENT_TAB_NAMES_KEY, [...recent.slice(-7), name].join(","));
  return name;
}
