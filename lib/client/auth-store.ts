// What the browser knows about the session: signed in or not, the user, and the access
// token (in memory in cookie mode; mirrored from localStorage in localStorage mode).
// Only the session module (session.ts) writes it; pages read it through useAuthStore.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { UserDto } from "@/lib/shared/api-types";
import { bindBrowserStore } from "./browser-store";

export type StorageMode = "cookie" | "localStorage";

export const SIGNED_OUT_REASONS = [
  "session_expired", // the refresh token was refused (invalid_grant): log in again
  "origin_refused", // the server refused a refresh from this site address (403 forbidden): it is not the shop's own
  "logged_out", // this tab signed out
  "logged_out_elsewhere", // another tab of this browser signed out
  "storage_mode_changed", // the token storage setting changed: the tokens live in the other place
  "refresh_storm", // refresh after refresh, each token expiring at once: the client stopped instead of looping
] as const;

export type SignedOutReason = (typeof SIGNED_OUT_REASONS)[number];

export type AuthState = {
  status: "loading" | "signed-in" | "signed-out";
  user: UserDto | null;
  accessToken: string | null;
  /** Client-clock ms when the access token expires: receipt time + expires_in, never the JWT's `exp`. */
  accessExpiresAt: number | null;
  /** Client-clock ms when this browser received the access token (the proactive refresh uses its lifetime). */
  accessReceivedAt: number | null;
  mode: StorageMode;
  /** Refreshing is failing with a network error or 5xx and is being retried; the session is kept. */
  offline: boolean;
  signedOutReason: SignedOutReason | null;
  /** Refresh shortly before expiry; off, every expiry shows the 401 → refresh → retry path. */
  proactiveRefresh: boolean;
};

/** The state on the server and at hydration; the browser's real state is set after mount. */
export const INITIAL_AUTH_STATE: AuthState = Object.freeze({
  status: "loading",
  user: null,
  accessToken: null,
  accessExpiresAt: null,
  accessReceivedAt: null,
  mode: "cookie",
  offline: false,
  signedOutReason: null,
  proactiveRefresh: true,
});

export type AuthStore = StoreApi<AuthState>;

export function createAuthStore(initial: Partial<AuthState> = {}): AuthStore {
  return createStore<AuthState>()(() => ({ ...INITIAL_AUTH_STATE, ...initial }));
}

export const useAuthStore = bindBrowserStore(createAuthStore, INITIAL_AUTH_STATE);
