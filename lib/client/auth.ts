// The session actions the pages call: login, register, logout (here or everywhere),
// restoring the session on page load and switching where the tokens are kept. All of
// them go through the one API client; the session module applies what they return.
// After a login or register the guest cart is merged into the server cart.
import type { UserDto } from "@/lib/shared/api-types";
import { ApiRequestError, isTransient } from "./api-error";
import type { StorageMode } from "./auth-store";
import { backoffDelay, waitForRetry } from "./backoff";
import { useCartStore, type CartStore } from "./cart-store";
import { readProactiveSetting, writeProactiveSetting } from "./proactive-refresh";
import { getApiClient, type ApiClient } from "./client";
import { REQUEST_PATIENCE_MS, type RefreshOutcome } from "./refresher";
import { authResponseSchema } from "./token-storage";

export type AuthActions = ReturnType<typeof createAuthActions>;

export function createAuthActions({ client, cart }: { client: ApiClient; cart: CartStore }) {
  const { apiFetch, authStore, session, tokens, events, refresher } = client;
  let restoring: Promise<void> | null = null;

  async function signIn(path: "/auth/login" | "/auth/register", input: Record<string, unknown>): Promise<UserDto> {
    const answer = await apiFetch<unknown>(path, {
      method: "POST",
      // Cookie mode asks for the refresh token as an HttpOnly cookie, out of every script's reach.
      body: { ...input, refresh_token_delivery: tokens.delivery() },
      auth: false,
    });
    const parsed = authResponseSchema.safeParse(answer);
    if (!parsed.success) throw new ApiRequestError(200, "internal", "The sign-in answer was malformed");
    session.begin(parsed.data);
    events.record({ kind: "login", path, mode: tokens.mode() });
    await cart.getState().mergeGuest();
    return parsed.data.user;
  }

  /** One restore attempt: get a usable access token if there is none, then the user. */
  async function restoreOnce(): Promise<void> {
    const mode = tokens.mode();
    const { accessToken, accessExpiresAt } = authStore.getState();
    if (!accessToken || accessExpiresAt === null || accessExpiresAt <= client.now()) {
      if (!tokens.mayHaveSession()) {
        // A guest: no stored refresh token, or no sign of a refresh cookie. A refresh
        // could only answer 401, so none is sent.
        session.signOut(null, { broadcast: false, cause: "no_session_hint" });
        return;
      }
      const outcome = await refresher.refresh("restore", accessToken).outcome;
      if (outcome.kind === "rejected" && outcome.error.code !== "forbidden" && mode === "cookie") {
        // In cookie mode a refused (or absent) cookie is usually just a guest; stored tokens
        // that are refused mean a session did exist and has expired.
        session.signOut(null, { broadcast: false });
        return;
      }
      if (await client.endAfterFailedRefresh(outcome)) return;
      if (outcome.kind !== "refreshed" && outcome.kind !== "adopted") return;
    }
    const { user } = await apiFetch<{ user: UserDto }>("/auth/me", {}, { awaitRestore: false });
    session.setUser(user);
    session.setOffline(false);
  }

  async function restore(): Promise<void> {
    authStore.setState({ status: "loading", mode: tokens.mode(), proactiveRefresh: readProactiveSetting(client.storage) });
    const stored = tokens.read();
    if (stored.accessToken) {
      // localStorage mode: the stored token is used as is; expiry was stored at receipt.
      const receivedAt = client.now();
      authStore.setState({ accessToken: stored.accessToken, accessExpiresAt: stored.accessExpiresAt, accessReceivedAt: receivedAt });
    }
    const signal = session.signal(); // a login or sign-out meanwhile ends this restore
    for (let attempt = 1; !signal.aborted; attempt += 1) {
      try {
        await restoreOnce();
        break;
      } catch (error) {
        if (!isTransient(error)) {
          if (authStore.getState().status === "loading") session.signOut(null, { broadcast: false });
          return;
        }
        // No answer: not a reason to sign anyone out. Say so, and try again.
        session.setOffline(true);
        await waitForRetry(backoffDelay(attempt, client.random), { timers: client.timers, page: client.page });
      }
    }
    if (authStore.getState().status === "signed-in") await cart.getState().mergeGuest(); // lines left from an offline login
  }

  return {
    login: (input: { email: string; password: string }) => signIn("/auth/login", input),
    register: (input: { email: string; password: string; name?: string }) => signIn("/auth/register", input),

    /** Ends this session: here, in the other tabs, and on the server (which also clears the cookie). */
    async logout(): Promise<void> {
      events.record({ kind: "logout", scope: "this_session" });
      await client.endSession("logged_out", { revoke: true });
    },

    /**
     * Ends one other session of the user (another device or browser). Its refresh token
     * is revoked now; its access token works until it expires, as after any logout.
     */
    async endOtherSession(sessionId: string): Promise<void> {
      await apiFetch<void>(`/auth/sessions/${encodeURIComponent(sessionId)}`, { method: "DELETE" });
      events.record({ kind: "logout", scope: "other_device" });
    },

    /**
     * Ends every session of the user (all devices), then this browser's. The server has
     * already revoked this family too and cleared the cookie, so no /auth/logout follows.
     */
    async logoutEverywhere(): Promise<void> {
      await apiFetch<void>("/auth/logout-all", { method: "POST" });
      events.record({ kind: "logout", scope: "every_session" });
      await client.endSession("logged_out", { revoke: false });
    },

    /** On page load, once: the silent refresh (cookie mode) or the stored tokens (localStorage mode). */
    restoreSession(): Promise<void> {
      restoring ??= client.restoringWith(restore());
      return restoring;
    },

    /** Switching signs out: the tokens are in the other place, and are revoked on the server. */
    setStorageMode(mode: StorageMode): void {
      if (mode === tokens.mode() && mode === authStore.getState().mode) return;
      const body = tokens.refreshBody(); // the old place's token, read before it is cleared
      const wasSignedIn = authStore.getState().status !== "signed-out";
      session.changeMode(mode);
      if (wasSignedIn && body !== null) {
        void apiFetch<void>("/auth/logout", { method: "POST", body, auth: false }).catch(() => {});
      }
    },

    setProactiveRefresh(enabled: boolean): void {
      writeProactiveSetting(client.storage, enabled);
      authStore.setState({ proactiveRefresh: enabled });
    },

    /**
     * The inspector's "Expire my access token now": puts in an access token the server
     * already calls expired, so the next request takes the real 401 → refresh → retry path.
     * Only the token changes: the expiry this tab scheduled stays, so the proactive timer
     * does not refresh first and hide the 401.
     */
    swapAccessToken(accessToken: string): void {
      if (authStore.getState().status !== "signed-in") return;
      authStore.setState({ accessToken });
    },

    /** Refreshes at once, as a request meeting a 401 would (the inspector's replay demo). */
    async refreshNow(): Promise<RefreshOutcome["kind"]> {
      const outcome = await refresher.refresh("request", authStore.getState().accessToken, { patienceMs: REQUEST_PATIENCE_MS }).outcome;
      await client.endAfterFailedRefresh(outcome);
      return outcome.kind;
    },
  };
}

let browserActions: AuthActions | undefined;
const actions = (): AuthActions => (browserActions ??= createAuthActions({ client: getApiClient(), cart: useCartStore }));

export const login = (input: { email: string; password: string }): Promise<UserDto> => actions().login(input);
export const register = (input: { email: string; password: string; name?: string }): Promise<UserDto> => actions().register(input);
export const logout = (): Promise<void> => actions().logout();
export const logoutEverywhere = (): Promise<void> => actions().logoutEverywhere();
export const endOtherSession = (sessionId: string): Promise<void> => actions().endOtherSession(sessionId);
export const restoreSession = (): Promise<void> => actions().restoreSession();
export const setStorageMode = (mode: StorageMode): void => actions().setStorageMode(mode);
export const setProactiveRefresh = (enabled: boolean): void => actions().setProactiveRefresh(enabled);
export const swapAccessToken = (accessToken: string): void => actions().swapAccessToken(accessToken);
export const refreshNow = (): Promise<RefreshOutcome["kind"]> => actions().refreshNow();
