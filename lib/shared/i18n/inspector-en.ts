// Every explanatory text of the auth-flow inspector, in English. inspector-hi.ts has the
// same keys. `code` in backticks is shown as code; {name} is filled in at render time.

export const inspectorEn = {
  "page.title": "How sign-in works",
  "page.intro":
    "This page watches the shop's real requests while you use it. Sign in, browse, add something to the cart: every API call, every expired token and every refresh shows up here the moment it happens.",
  "page.language": "Language",
  "page.proactiveNote": "Tip: the small inspector panel (bottom right) stays open while you shop, so you can watch the tokens on any page.",

  "status.loading": "Checking your session…",
  "status.signedIn": "Signed in as {name}.",
  "status.signedOut": "You are not signed in. Sign in to see your two tokens and watch them at work.",
  "status.signIn": "Sign in",
  "status.mode.cookie": "Storage mode: cookie",
  "status.mode.localStorage": "Storage mode: localStorage",

  "why.title": "Why does login return two tokens?",
  "why.access":
    "The access token is a pass that goes along with every API call. The server checks it without looking anything up, which makes it fast, but also means that once it is issued nobody can take it back. So it lives only a short time: {ttl} on this server.",
  "why.refresh":
    "The refresh token is the long-lived part of your login. It does one thing only: `POST /auth/refresh` trades it for a new access token. The server keeps a record of it, so it can be replaced on every use and cancelled on logout.",
  "why.both":
    "With only an access token, you would have to type your password again every time it ran out. With the refresh token, the app gets a new access token by itself and you never notice. Two tokens: a short-lived one that is used everywhere, and a long-lived one that is used in one place only.",
  "auto.title": "Why isn't refresh automatic on the server?",
  "auto.body":
    "The server remembers nothing between requests: it knows who is asking only from what the request carries. Once the access token has expired it proves nothing any more, so the server answers 401 `token_expired` and cannot renew it on its own. The browser has to come back with the refresh token, the proof that this is still your session.",
  "auto.path":
    "Keeping the two apart is also safer: the refresh token travels only to `/api/v1/auth`, not with every request, so it is exposed far less often than the access token.",

  "diagram.title": "The flow, step by step",
  "diagram.hint": "The step that just happened lights up as this tab's requests go out.",
  "diagram.label": "Sequence diagram: login, API call, 401, refresh and retry between the browser and the server",
  "diagram.browser": "Your browser",
  "diagram.server": "The shop's server",
  "diagram.phase.login": "Login",
  "diagram.phase.call": "API call",
  "diagram.phase.expired": "Expired",
  "diagram.phase.refresh": "Refresh",
  "diagram.phase.retry": "Retry",
  "diagram.arrow.login": "POST /auth/login (email, password)",
  "diagram.arrow.tokens": "200: access token + refresh token",
  "diagram.arrow.call": "{call}, Bearer access token",
  "diagram.arrow.ok": "200 OK",
  "diagram.arrow.expiredCall": "{call}, Bearer expired token",
  "diagram.arrow.401": "401 token_expired",
  "diagram.arrow.refresh": "POST /auth/refresh (refresh token)",
  "diagram.arrow.newPair": "200: new access token + new refresh token",
  "diagram.arrow.retry": "{call} again, Bearer new token",
  "diagram.arrow.retryOk": "200 OK: the shopper noticed nothing",
  "diagram.arrow.refused": "401 invalid_grant: signed out",
  "diagram.caption.idle":
    "Nothing has happened in this tab yet. Sign in or use the shop (the panel keeps watching while you shop) and each step lights up here.",
  "diagram.caption.login":
    "Login: your email and password buy two tokens. The access token is for API calls; the refresh token is for getting new access tokens.",
  "diagram.caption.call":
    "API call: the access token goes along as `Authorization: Bearer …`. The server checks its signature and expiry, with no database lookup.",
  "diagram.caption.expired":
    "The access token has expired, so the server answers 401 `token_expired`. The request is not lost: the client holds on to it.",
  "diagram.caption.refresh":
    "Refresh: the client sends the refresh token to `/auth/refresh` and gets a new pair. The old refresh token is now spent (rotation).",
  "diagram.caption.retry": "Retry: the same request goes out once more with the new access token, and succeeds. You noticed nothing.",
  "diagram.caption.signedOut":
    "The refresh was refused (401 `invalid_grant`): the session is over, so the app signs you out and asks for your password.",
  "diagram.caption.loggedOut":
    "You are signed out: the refresh token's family was revoked on the server. The next login starts again at step 1.",

  "tokens.title": "Your tokens right now",
  "access.title": "Access token",
  "access.expiresIn": "Expires in",
  "access.expired": "Expired. The next API call gets 401 `token_expired`, then the client refreshes and retries it.",
  "access.proactive": "The client normally refreshes a little before this reaches zero (a proactive refresh), so you rarely see a 401.",
  "access.none": "No access token in this tab yet.",
  "call.button": "Make an API call now",
  "call.description":
    "Sends `GET /auth/sessions` with this tab's access token. Once the countdown is at zero, watch the timeline: 401 → refresh → retry.",
  "access.raw": "The token as sent in the Authorization header (header.payload.signature):",
  "access.header": "Header",
  "access.claims": "Claims (payload)",
  "access.signature": "Signature: proves the server made this token. Only the server has the key, so changing any claim breaks it.",
  "access.readable":
    "A JWT is not encrypted: anyone who holds it can read these claims (they are only base64url-encoded). The signature makes it tamper-proof, not secret.",
  "table.claim": "Claim",
  "table.value": "Value",
  "table.meaning": "Meaning",
  "claim.alg": "The signing algorithm. The server accepts only HS256, so a token that claims `none` or another algorithm is refused.",
  "claim.typ":
    "The token type: `at+jwt` means access token (RFC 9068). It stops any other JWT signed with the same key from passing as an access token.",
  "claim.iss": "Issuer: who made the token (this shop).",
  "claim.aud": "Audience: who the token is for (this shop's API). A token meant for another service is refused.",
  "claim.sub": "Subject: the user this token speaks for (your user id).",
  "claim.iat": "Issued at: when the server signed the token.",
  "claim.exp": "Expires: from this moment on, the server answers 401 `token_expired`.",
  "claim.jti": "Token id: unique for every token ever issued, so no two are alike.",
  "claim.sid": 'Session id: the refresh-token family this token belongs to (marked "this session" in the list below).',

  "refresh.title": "Refresh token",
  "refresh.cookie":
    "In an `HttpOnly` cookie named `refresh_token`, sent only to `/api/v1/auth`. This page's JavaScript cannot read it; the browser attaches it to refresh and logout requests by itself.",
  "refresh.localStorage": "In `localStorage` under `refresh_token`, readable by every script on this page:",
  "refresh.rotates": "It is replaced on every refresh: each one can be spent only once.",

  "where.title": "Where each token lives",
  "where.token": "Token",
  "where.place": "Where it is kept in this mode",
  "where.access.cookie": "In memory only (a JavaScript variable of this tab). Gone on reload; the cookie gets a new one.",
  "where.access.localStorage": "In `localStorage` under `access_token`, next to the refresh token.",
  "where.refresh.cookie": "In the `HttpOnly` cookie: the browser keeps it, scripts cannot see it.",
  "where.refresh.localStorage": "In `localStorage` under `refresh_token`.",

  "script.title": "What a script on this page can read",
  "script.intro":
    "Imagine a malicious script got onto this page through a bug or a compromised package. This is exactly what it would see, read live from this page:",
  "script.empty": "(empty)",
  "script.noTokens": "(no tokens)",
  "script.verdict.cookie":
    "`document.cookie` shows no refresh token: `HttpOnly` hides it from every script. Such a script could misuse the access token while the page is open, but it cannot carry your session away.",
  "script.verdict.localStorage":
    "`localStorage` holds both tokens. A script could copy the refresh token and keep your session alive from its own machine for days. In this mode the Content-Security-Policy (which decides what scripts may run at all) is the main defence of your tokens.",

  "family.title": "Your sessions (refresh-token families)",
  "family.intro":
    "Each login starts a family: its first refresh token and every token rotated from it. Revoking a family signs that device out at its next refresh.",
  "family.current": "this session",
  "family.started": "Started",
  "family.lastUsed": "Last refresh",
  "family.expires": "Ends unless refreshed",
  "family.device": "Device",
  "family.unknownDevice": "Unknown device",
  "family.reload": "Reload the list",
  "family.none": "No live sessions.",
  "family.failed": "Could not load the sessions: {error}",
  "ended.title": "Ended sessions (last 30 days)",
  "ended.none": "No session of yours has ended in the last 30 days.",
  "ended.at": "Ended",
  "ended.reason.logout": "Signed out on that device",
  "ended.reason.logout_all": "Signed out everywhere at once",
  "ended.reason.revoked": "Ended from another of your sessions",
  "ended.reason.reuse_detected":
    "Ended by the server: a refresh token that had already been used came back, which is what a stolen copy looks like",
  "ended.reason.expired": "Expired: not used for too long, or past its longest life",

  "chain.title": "What the server sees: this session's refresh-token family",
  "chain.intro":
    "Every login starts a family and every rotation adds one token to it. The server keeps only each token's SHA-256; the fingerprint is its first 8 hex digits, enough to tell the tokens apart and useless for a replay. Read live from `GET /auth/sessions/<sid>/tokens` with this tab's access token; these reads stay out of the timeline.",
  "chain.none": "Sign in to see your session's tokens as the server keeps them.",
  "chain.failed": "Could not read the chain: {error}",
  "chain.count": "Tokens in this family: {n}",
  "chain.earlier": "{n} older",
  "chain.issued": "issued {time}",
  "chain.state.live": "live: the next refresh spends it",
  "chain.state.grace": "spent, in its grace window",
  "chain.state.spent": "spent",
  "chain.state.expired": "expired",
  "chain.revoked.logout": "revoked: logged out",
  "chain.revoked.logout_all": "revoked: logged out everywhere",
  "chain.revoked.revoked": "revoked from another session",
  "chain.revoked.reuse_detected": "revoked: reuse detected",
  "chain.held.localStorage": "in this browser's localStorage",
  "chain.held.cookie": "in this browser's cookie",
  "chain.cameBack": "came back: the replay",
  "chain.noDigest": "This page is not a secure context, so the browser gives scripts no SHA-256: the token this browser holds cannot be marked.",
  "chain.reuse":
    "A spent token came back after its grace window. The server cannot tell which of the two holders is the real one and which is the thief, so it revoked every token of the family, the newest one included: both are signed out.",
  "grace.title": "Grace window of #{fingerprint}: {seconds} s left",
  "grace.body":
    "Replayed now, it would still get a new pair (two tabs that refresh at once must not sign you out). After this, a replay ends the session.",

  "tab.this": "This tab: {tab}",
  "tab.hint.title": "Open a second tab",
  "tab.hint.body":
    "Put this page in a second tab beside this one. There, press “Expire now”: its timeline shows its own refresh call, and this tab's timeline shows the new access token arriving from that tab over the BroadcastChannel, with no call of its own. One session, and the chain grows by one token, not two.",
  "tab.hint.open": "Open this page in a new tab",

  "timeline.title": "Timeline of this tab",
  "timeline.intro":
    "Every API request of this tab, newest first. A 401 `token_expired`, the refresh it caused and the retry of the request are drawn as one linked group.",
  "timeline.empty": "No requests yet in this tab.",
  "timeline.clear": "Clear the timeline",
  "timeline.group": "Expired → refresh → retry",
  "timeline.time": "Time",
  "timeline.event": "What happened",
  "timeline.status": "Status",
  "timeline.duration": "Duration",
  "event.request": "Request",
  "event.refresh": "Refresh",
  "event.retry": "Retry",
  "event.proactive-refresh": "Refreshed before expiry (proactive)",
  "event.tab-refresh-received": "New access token received from another tab",
  "event.signed-out": "Signed out: the session has ended",
  "event.login": "Signed in: two tokens received",
  "event.logout": "Signed out",
  "event.restoreSkipped": "Page load: nobody signed in in this browser, so no refresh call",
  "event.noSession": "No session to restore: not signed in",
  "event.replay": "Replay of a spent refresh token (the thief)",
  "note.refreshing": "The token has expired: this request waits for the refresh, then goes again",
  "note.retried": "The same request again (method, headers, body) with the new token",
  "note.expired_again": "401 again with a fresh token: signing out instead of looping",
  "note.newer_token_here": "No refresh call: this tab already has a newer token",
  "note.other_tab_refreshed": "No refresh call: another tab refreshed while this tab waited for the lock",
  "note.kept_offline": "No usable answer: the session is kept and the refresh tried again",
  "note.refused": "The refresh token was refused: the session is over",
  "note.nothing_to_restore": "No session to restore (no valid refresh cookie)",
  "note.storm": "Refresh after refresh, each new token expiring at once: stopped instead of looping",
  "fact.restore": "Silent refresh on page load",
  "fact.expired": "The token had already expired (a sleeping laptop, say): refreshed before sending it",
  "fact.attempt": "Attempt {n}",
  "fact.sharedBy": "{n} callers share this refresh (single flight)",
  "fact.lockTimedOut": "The refresh lock was not granted within {seconds} s, so this refresh ran without it",
  "fact.noLocks": "No Web Locks on this page (not a secure context): one refresh per tab, and the tabs share tokens over the channel",
  "fact.mode.cookie": "The refresh token is kept in an HttpOnly cookie",
  "fact.mode.localStorage": "The refresh token is kept in localStorage",
  "fact.otherTab": "Told by another tab of this browser",
  "fact.fromTab": "Tab {tab} made the refresh call; this tab received the new access token over the BroadcastChannel, with no call of its own",
  "fact.byThisTab": "This tab ({tab}) made the call; the other tabs receive the new access token over the BroadcastChannel",
  "scope.this_session": "This session",
  "scope.other_device": "Another device's session",
  "scope.every_session": "Every session of this user",
  "scope.storage_mode_changed": "The token storage was switched: the tokens lived in the other place",
  "cause.session_expired": "The refresh token is no longer valid",
  "cause.origin_refused": "The server refuses refreshes from this site address",
  "cause.logged_out": "Signed out in this tab",
  "cause.logged_out_elsewhere": "Signed out in another tab",
  "cause.storage_mode_changed": "The token storage was switched",
  "cause.refresh_storm": "Every new token expired at once, so the client stopped refreshing",
  "cause.no_session": "No session",
  "cause.no_session_hint": "Nobody signed in in this browser",

  "controls.title": "Try it yourself",
  "mode.title": "Where to keep the tokens",
  "mode.cookie": "Cookie (recommended)",
  "mode.localStorage": "localStorage (the classic tutorial)",
  "mode.tradeoff":
    "Cookie mode keeps the refresh token in an `HttpOnly` cookie that no script can read, and the access token only in memory. localStorage mode is simpler and is what many tutorials show, but every script on the page can read both tokens: there the Content-Security-Policy is the main defence of your tokens.",
  "mode.switchNote": "Switching signs you out in this browser, because your tokens live in the other place.",
  "proactive.title": "Refresh before expiry",
  "proactive.label": "Refresh proactively, shortly before the access token expires",
  "proactive.description":
    "On by default: the user never waits for a 401. Turn it off to let the countdown reach zero and see the 401 → refresh → retry on the next call.",
  "expire.title": "Expire my access token now",
  "expire.description":
    "Swaps your access token for one that expired {ago} seconds ago. It is genuinely signed by the server, only its time is up. Then this page asks for your sessions (`GET /auth/sessions`): watch the 401, the refresh and the retry appear in the timeline.",
  "expire.button": "Expire now",
  "expire.working": "Expiring…",
  "expire.done": "Done: the expired token got 401 `token_expired`, one refresh brought a new pair, and the retried call worked.",
  "expire.needsSignIn": "Sign in first: there is no access token to expire.",
  "expire.off":
    "This server runs without demo tools (the setting `DEMO_TOOLS`), as a production server should. Start it with `npm run demo` or `npm run dev` to use this button.",
  "replay.title": "Replay an old refresh token",
  "replay.description":
    "This plays the thief. The page first refreshes, so your current refresh token becomes spent. It waits until the {grace}-second grace window has passed, then sends the spent token to `/auth/refresh` again, exactly as someone with a stolen copy would.",
  "replay.cookieOnly":
    "Available in localStorage mode only. In cookie mode this page never sees the refresh token, so it has nothing to replay, and neither would a thief's script.",
  "replay.button": "Replay",
  "replay.switchMode": "Switch to localStorage mode to try it",
  "replay.step.rotate": "Refreshing, so that the current refresh token becomes spent…",
  "replay.step.rotated": "Refreshed: the refresh token this tab held is now spent",
  "replay.step.wait": "Waiting out the grace window: {seconds} s left",
  "replay.step.waited": "Waited out the {grace}-second grace window",
  "replay.step.send": "Sending the spent token to `/auth/refresh`…",
  "replay.step.sent": "Sent the spent token to `/auth/refresh`",
  "replay.result":
    "The server answered 401 `invalid_grant` and revoked the whole family: every refresh token in it is now dead, the newest one included.",
  "replay.signOut": "This tab's own refresh token belonged to that family, so its next refresh fails as well and you are signed out.",
  "replay.unexpected": "The server accepted the old token (status {status}). Is the grace window longer than expected?",
  "replay.why":
    "Why this protects you: a refresh token is spent on every use, so a spent token coming back means two parties hold copies of it, you and a thief. The server cannot tell which is which, so it ends the session for both. The stolen copy is worthless from then on, and you simply sign in again.",
  "logoutAll.title": "Log out everywhere",
  "logoutAll.description":
    "Revokes every session of your account (`POST /auth/logout-all`). Other devices are signed out at their next refresh; an access token they already hold keeps working until it expires, which is why it lives only {ttl}.",
  "logoutAll.button": "Log out everywhere",
  "logoutAll.confirm": "Sign out of every session of this account, this one included? You will need your password to sign in again.",
  "logoutAll.yes": "Yes, log out everywhere",
  "logoutAll.cancel": "Cancel",

  "learn.title": "The ideas behind it",
  "learn.rotation.title": "Rotation",
  "learn.rotation.body":
    "Every refresh spends the refresh token it was given and hands out a new one. A refresh token therefore works exactly once, and a copy taken from you goes stale the next time your browser refreshes.",
  "learn.reuse.title": "Reuse detection",
  "learn.reuse.body":
    "If a spent refresh token ever comes back, two parties must hold a copy. The server then revokes the whole family (every token that descends from the same login), so the thief is locked out at once, even if the thief was the one who refreshed first.",
  "learn.httpOnly.title": "Why HttpOnly cookies",
  "learn.httpOnly.body":
    "A cookie marked `HttpOnly` is stored and sent by the browser but is invisible to JavaScript. Even a malicious script running on the page cannot read the refresh token and take your session elsewhere. `SameSite=Strict` and the server's `Origin` check keep other sites from using the cookie.",
  "learn.grace.title": "What the grace window is for",
  "learn.grace.body":
    "Two tabs may refresh with the same token at the same moment, or a response may get lost on a flaky network. So within {grace} seconds of a token's first use, showing it again earns another fresh pair instead of an alarm. After that, it counts as reuse.",

  "panel.toggle": "Token inspector",
  "panel.expiresIn": "Access token expires in",
  "panel.expired": "Access token expired",
  "panel.signedOut": "Not signed in",
  "panel.recent": "Latest requests",
  "panel.empty": "No requests yet.",
  "panel.more": "Open the full inspector",

  "unit.second": "{n} second",
  "unit.seconds": "{n} seconds",
  "unit.minute": "{n} minute",
  "unit.minutes": "{n} minutes",
  "unit.hour": "{n} hour",
  "unit.hours": "{n} hours",
  "unit.day": "{n} day",
  "unit.days": "{n} days",
} as const;

export type InspectorKey = keyof typeof inspectorEn;
