// The session's state changes in one place: signed in (login/register), tokens replaced
// (refresh, or another tab's refresh), signed out. Each change updates the auth store and
// the token storage together and tells the other tabs, so no tab keeps using a token that
// another tab has already replaced or revoked.
//
// Every session has an AbortSignal, aborted the moment it ends (or a new one begins).
// Work started for a session (a refresh retrying in the background, a request waiting for
// it) holds that signal: it stops when the session it belongs to is over, and can never
// write its result into a newer one. It is the client's one way to end stale work.
import type { AuthResponse, TokenResponse, UserDto } from "@/lib/shared/api-types";
import type { AuthStore, SignedOutReason, StorageMode } from "./auth-store";
import type { EventLog, SignedOutCause } from "./events";
import type { TabMessage, TabSync, TokensMessage } from "./tab-sync";
import type { TokenStorage } from "./token-storage";

export type Session = ReturnType<typeof createSession>;

type Deps = {
  store: AuthStore;
  tokens: TokenStorage;
  tabSync: TabSync;
  events: EventLog;
  now: () => number;
  newVersion: () => string;
  /** This tab's short name, sent with every token it hands to the other tabs. */
  tabName: string;
};

export function createSession({ store, tokens, tabSync, events, now, newVersion, tabName }: Deps) {
  let controller = new AbortController();
  /** The version of the token this tab holds, shared with the other tabs (tab-sync.ts). */
  let version: string | null = null;
  /** The name of the tab that refreshed the token this tab holds; null when this tab got it. */
  let versionTab: string | null = null;

  const nextSession = () => {
    controller.abort();
    controller = new AbortController();
  };

  /** A token's part of the store; expiry = receipt + expires_in, on this browser's clock. */
  const tokenState = (accessToken: string, expiresIn: number, receivedAt: number) => ({
    accessToken,
    accessExpiresAt: receivedAt + expiresIn * 1000,
    accessReceivedAt: receivedAt,
    offline: false,
  });

  const broadcastTokens = (tokens: TokenResponse, receivedAt: number) => {
    version = newVersion();
    versionTab = null;
    tabSync.publish({
      type: "tokens",
      version,
      access_token: tokens.access_token,
      expires_in: tokens.expires_in,
      received_at: receivedAt,
      user: store.getState().user,
      tab: tabName,
    });
  };

  const end = (reason: SignedOutReason | null, mode = tokens.mode()) => {
    version = null;
    versionTab = null;
    tokens.clear();
    store.setState({
      status: "signed-out",
      user: null,
      accessToken: null,
      accessExpiresAt: null,
      accessReceivedAt: null,
      offline: false,
      signedOutReason: reason,
      mode,
    });
    nextSession();
  };

  const adopt = (message: TokensMessage) => {
    version = message.version;
    versionTab = message.tab ?? null;
    store.setState({
      ...tokenState(message.access_token, message.expires_in, message.received_at),
      ...(message.user ? { status: "signed-in" as const, user: message.user, signedOutReason: null } : {}),
    });
  };

  return {
    /** Aborted when this session ends; take it when starting work that belongs to it. */
    signal: (): AbortSignal => controller.signal,
    version: () => version,
    /** Which tab refreshed the token this tab holds (null: this tab did, or no tab said). */
    versionTab: () => versionTab,

    /** Login or register answered: a new session starts in this tab and in every other. */
    begin(response: AuthResponse) {
      nextSession();
      const receivedAt = now();
      tokens.save(response, receivedAt + response.expires_in * 1000);
      // One update, so nothing that reacts to "signed-in" can see the state without its token.
      store.setState({
        status: "signed-in",
        user: response.user,
        signedOutReason: null,
        mode: tokens.mode(),
        ...tokenState(response.access_token, response.expires_in, receivedAt),
      });
      broadcastTokens(response, receivedAt);
    },

    /** This tab's refresh succeeded: keep the new pair and hand the access token to the other tabs. */
    refreshed(response: TokenResponse) {
      const receivedAt = now();
      tokens.save(response, receivedAt + response.expires_in * 1000);
      store.setState(tokenState(response.access_token, response.expires_in, receivedAt));
      broadcastTokens(response, receivedAt);
    },

    /** Another tab's token, received over the channel (or awaited under the refresh lock). */
    adopt,

    setUser(user: UserDto) {
      store.setState({ status: "signed-in", user, signedOutReason: null });
    },

    setOffline(offline: boolean) {
      if (store.getState().offline !== offline) store.setState({ offline });
    },

    /**
     * Ends the session in this tab and, unless told otherwise, in every tab. False if
     * already signed out. `cause` says more in the event log than the reason alone.
     */
    signOut(reason: SignedOutReason | null, { broadcast = true, cause }: { broadcast?: boolean; cause?: SignedOutCause } = {}): boolean {
      if (store.getState().status === "signed-out") return false;
      end(reason);
      events.record({ kind: "signed-out", cause: cause ?? reason ?? "no_session" });
      if (broadcast) tabSync.publish({ type: "signed-out", reason, mode: tokens.mode() });
      return true;
    },

    /** The storage setting changed: the tokens live in the other place now, so every tab signs out. */
    changeMode(mode: StorageMode) {
      const reason = store.getState().status === "signed-out" ? null : "storage_mode_changed";
      tokens.clear();
      tokens.setMode(mode);
      end(reason, mode);
      events.record({ kind: "logout", scope: "storage_mode_changed", mode }); // one row for one switch
      tabSync.publish({ type: "signed-out", reason, mode });
    },

    /** What another tab said: take its token, or sign out with it. */
    handleTabMessage(message: TabMessage) {
      if (message.type === "tokens") {
        if (message.version === version) return;
        const { status } = store.getState();
        // A signed-out tab joins only a session that comes with its user (a login elsewhere).
        if (status === "signed-out" && !message.user) return;
        adopt(message);
        events.record({ kind: "tab-refresh-received", fromOtherTab: true, tab: message.tab });
        return;
      }
      const { status, mode } = store.getState();
      if (status === "signed-out" && mode === message.mode) return;
      const reason =
        message.reason === "logged_out" ? "logged_out_elsewhere" : (message.reason ?? (status === "signed-out" ? null : "storage_mode_changed"));
      end(reason, message.mode);
      events.record({ kind: "signed-out", cause: reason ?? "no_session", fromOtherTab: true });
    },
  };
}
