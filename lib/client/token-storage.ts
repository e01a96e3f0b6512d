// Where the tokens live, in the two modes the user can switch between.
// Cookie mode (default): the refresh token is an HttpOnly cookie that no script can read,
// and the access token lives only in memory (the auth store), so an XSS bug cannot steal
// either one to use later. localStorage mode: both tokens under `access_token` and
// `refresh_token`, exactly as the classic tutorial does, so the two can be compared.
import { z } from "zod";
import type { TokenResponse } from "@/lib/shared/api-types";
import type { StorageMode } from "./auth-store";

/** The part of the Web Storage API we use (localStorage, or a Map in tests). */
export type KeyValueStorage = {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  /** True for the in-memory stand-in of a browser that refuses localStorage: nothing in it outlives the page. */
  forgetsOnReload?: boolean;
};

export const STORAGE_KEYS = {
  mode: "shop.storage-mode",
  accessToken: "access_token",
  refreshToken: "refresh_token",
  /** Client-clock expiry, so a reload can schedule the proactive refresh without reading the JWT's `exp`. */
  accessExpiresAt: "shop.access-expires-at",
  /**
   * Cookie mode: "1" while this browser may hold a refresh cookie. The cookie is HttpOnly,
   * so no script can see whether it is there; without this hint every page load of a
   * guest would send a refresh that can only answer 401. It is not a secret (it grants
   * nothing) and a stale "1" costs one refused refresh, after which it is gone. Auth0's
   * SPA SDK keeps a cookie for the same reason; localStorage is enough here, since only
   * this page's script reads it.
   */
  sessionHint: "shop.session-hint",
} as const;

export type StoredTokens = { accessToken: string | null; refreshToken: string | null; accessExpiresAt: number | null };

export type TokenStorage = ReturnType<typeof createTokenStorage>;

export function createTokenStorage(storage: KeyValueStorage) {
  const mode = (): StorageMode => (storage.getItem(STORAGE_KEYS.mode) === "localStorage" ? "localStorage" : "cookie");

  const read = (): StoredTokens => {
    if (mode() !== "localStorage") return { accessToken: null, refreshToken: null, accessExpiresAt: null };
    const expiresAt = Number(storage.getItem(STORAGE_KEYS.accessExpiresAt));
    return {
      accessToken: storage.getItem(STORAGE_KEYS.accessToken),
      refreshToken: storage.getItem(STORAGE_KEYS.refreshToken),
      accessExpiresAt: Number.isFinite(expiresAt) && expiresAt > 0 ? expiresAt : null,
    };
  };

  return {
    mode,
    setMode(next: StorageMode) {
      storage.setItem(STORAGE_KEYS.mode, next);
    },
    /** What login and register ask for: the cookie, or the token in the JSON body. */
    delivery: (): "cookie" | "body" => (mode() === "cookie" ? "cookie" : "body"),
    read,
    /** Cookie mode writes only the hint: the browser already stored the rotated cookie. */
    save(tokens: TokenResponse, accessExpiresAt: number) {
      if (mode() !== "localStorage") {
        storage.setItem(STORAGE_KEYS.sessionHint, "1");
        return;
      }
      storage.setItem(STORAGE_KEYS.accessToken, tokens.access_token);
      if (tokens.refresh_token !== undefined) storage.setItem(STORAGE_KEYS.refreshToken, tokens.refresh_token);
      storage.setItem(STORAGE_KEYS.accessExpiresAt, String(accessExpiresAt));
    },
    clear() {
      storage.removeItem(STORAGE_KEYS.sessionHint);
      storage.removeItem(STORAGE_KEYS.accessToken);
      storage.removeItem(STORAGE_KEYS.refreshToken);
      storage.removeItem(STORAGE_KEYS.accessExpiresAt);
    },
    /**
     * Whether a page load should try to restore a session at all: there is a stored
     * refresh token (localStorage mode) or the hint that a refresh cookie was set (cookie
     * mode). A browser that keeps nothing across reloads cannot tell, so it tries.
     */
    mayHaveSession(): boolean {
      if (mode() === "localStorage") return read().refreshToken !== null;
      return storage.forgetsOnReload === true || storage.getItem(STORAGE_KEYS.sessionHint) === "1";
    },
    /**
     * The body of a refresh or logout: nothing in cookie mode (the cookie carries the
     * token), `{ refresh_token }` in localStorage mode, read at the moment of the call
     * because another tab may have rotated it since; null when there is none to send.
     */
    refreshBody(): { refresh_token: string } | undefined | null {
      if (mode() === "cookie") return undefined;
      const { refreshToken } = read();
      return refreshToken ? { refresh_token: refreshToken } : null;
    },
  };
}

/** A Map-backed storage: the fallback when localStorage is blocked, and the tests' storage. */
export function memoryStorage(): KeyValueStorage & { snapshot(): Record<string, string> } {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
    snapshot: () => Object.fromEntries(items),
  };
}

// The token answers are checked at the boundary: the session is built from them.
export const userSchema = z.object({ id: z.string(), email: z.string(), name: z.string() });
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  token_type: z.literal("Bearer"),
  expires_in: z.number().positive(),
  refresh_expires_in: z.number(),
});
export const authResponseSchema = tokenResponseSchema.extend({ user: userSchema });
