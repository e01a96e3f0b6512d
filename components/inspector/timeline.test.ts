import { describe, expect, it } from "vitest";
import type { ClientEvent } from "@/lib/client/events";
import { factsOf } from "./event-text";
import { currentPhase, latestCall, phaseOf } from "./flow-phase";
import { timelineItems } from "./timeline";

let next = 0;
const event = (fields: Partial<ClientEvent> & Pick<ClientEvent, "kind">): ClientEvent => ({
  id: `e${(next += 1)}`,
  at: next * 10,
  ...fields,
});

describe("timelineItems", () => {
  it("lists single events newest first", () => {
    const a = event({ kind: "login" });
    const b = event({ kind: "request", method: "GET", path: "/cart", status: 200 });
    expect(timelineItems([a, b])).toEqual([
      { type: "event", event: b },
      { type: "event", event: a },
    ]);
  });

  it("draws a 401, its refresh and the retry as one group at the place of its newest event", () => {
    const before = event({ kind: "request", status: 200 });
    const expired = event({ kind: "request", status: 401, code: "token_expired", groupId: "g1" });
    const refresh = event({ kind: "refresh", status: 200, groupId: "g1" });
    const retry = event({ kind: "retry", status: 200, groupId: "g1" });
    const after = event({ kind: "request", status: 200 });
    expect(timelineItems([before, expired, refresh, retry, after])).toEqual([
      { type: "event", event: after },
      { type: "group", groupId: "g1", events: [expired, refresh, retry], expired: true },
      { type: "event", event: before },
    ]);
  });

  it("puts every 401 of a shared refresh before it, and each retry after it", () => {
    const first = event({ kind: "request", status: 401, code: "token_expired", groupId: "g" });
    const second = event({ kind: "request", status: 401, code: "token_expired", groupId: "g" });
    const refresh = event({ kind: "refresh", status: 200, groupId: "g", at: 1 });
    const retries = [event({ kind: "retry", status: 200, groupId: "g" }), event({ kind: "retry", status: 200, groupId: "g" })];
    const [item] = timelineItems([refresh, first, second, ...retries]);
    expect(item).toEqual({ type: "group", groupId: "g", events: [first, second, refresh, ...retries], expired: true });
  });

  it("keeps a refresh alone in its group as a single row", () => {
    const refresh = event({ kind: "refresh", status: 200, groupId: "g2" });
    expect(timelineItems([refresh])).toEqual([{ type: "event", event: refresh }]);
  });
});

describe("phaseOf", () => {
  it("maps each kind of event to a step of the diagram", () => {
    expect(phaseOf(undefined)).toBe("idle");
    expect(phaseOf(event({ kind: "login" }))).toBe("login");
    expect(phaseOf(event({ kind: "request", status: 200 }))).toBe("call");
    expect(phaseOf(event({ kind: "request", status: 401, code: "token_expired" }))).toBe("expired");
    expect(phaseOf(event({ kind: "refresh", status: 200 }))).toBe("refresh");
    expect(phaseOf(event({ kind: "proactive-refresh", status: 200 }))).toBe("refresh");
    expect(phaseOf(event({ kind: "refresh", status: 401, code: "invalid_grant" }))).toBe("signed-out");
    expect(phaseOf(event({ kind: "retry", status: 200 }))).toBe("retry");
    expect(phaseOf(event({ kind: "signed-out", cause: "session_expired" }))).toBe("signed-out");
    expect(phaseOf(event({ kind: "signed-out", cause: "logged_out" }))).toBe("logged-out");
    expect(phaseOf(event({ kind: "logout", scope: "this_session" }))).toBe("logged-out");
  });
});

describe("currentPhase", () => {
  const login = event({ kind: "login" });
  const refused = event({ kind: "refresh", status: 401, code: "invalid_grant", groupId: "g" });
  const ended = event({ kind: "signed-out", cause: "session_expired" });

  it("signed in: follows the latest event, passing over a 401 the client did not act on", () => {
    const expired = event({ kind: "request", status: 401, code: "token_expired", groupId: "h" });
    const late = event({ kind: "request", status: 401, code: "token_expired" });
    expect(currentPhase([], "signed-in")).toBe("idle");
    expect(currentPhase([login, expired], "signed-in")).toBe("expired");
    expect(currentPhase([login, expired, late], "signed-in")).toBe("expired");
  });

  it("signed out: shows how the session ended, whatever came after", () => {
    const lateAnswer = event({ kind: "request", status: 200 });
    expect(currentPhase([login, refused, ended, lateAnswer], "signed-out")).toBe("signed-out");
    const loggedOut = event({ kind: "signed-out", cause: "logged_out" });
    expect(currentPhase([login, loggedOut, lateAnswer], "signed-out")).toBe("logged-out");
  });

  it("signed out without ever having had a session: nothing to show yet", () => {
    const guest = [event({ kind: "refresh", status: 401, code: "invalid_grant" }), event({ kind: "signed-out", cause: "no_session" })];
    expect(currentPhase(guest, "signed-out")).toBe("idle");
  });
});

describe("latestCall", () => {
  it("names the latest call made with an access token, not the token endpoints' own", () => {
    expect(latestCall([])).toBeNull();
    const cart = event({ kind: "request", method: "GET", path: "/cart", status: 200 });
    const refresh = event({ kind: "refresh", method: "POST", path: "/auth/refresh", status: 200 });
    const login = event({ kind: "request", method: "POST", path: "/auth/login", status: 200 });
    expect(latestCall([cart, refresh, login])).toBe("GET /cart");
    const retry = event({ kind: "retry", method: "POST", path: "/checkout", status: 201 });
    expect(latestCall([cart, retry, refresh])).toBe("POST /checkout");
  });
});

describe("factsOf: which tab refreshed", () => {
  it("names the other tab whose token was taken over, and this tab on its own successful call", () => {
    const received = event({ kind: "tab-refresh-received", fromOtherTab: true, tab: "K4" });
    expect(factsOf(received, "P7")).toEqual([{ key: "fact.fromTab", vars: { tab: "K4" } }]);
    const waited = event({ kind: "refresh", note: "other_tab_refreshed", tab: "K4" });
    expect(factsOf(waited, "P7").map((fact) => fact.key)).toEqual(["note.other_tab_refreshed", "fact.fromTab"]);
    const called = event({ kind: "refresh", method: "POST", path: "/auth/refresh", status: 200 });
    expect(factsOf(called, "P7")).toContainEqual({ key: "fact.byThisTab", vars: { tab: "P7" } });
    const refused = event({ kind: "refresh", method: "POST", path: "/auth/refresh", status: 401, note: "refused" });
    expect(factsOf(refused, "P7").map((fact) => fact.key)).not.toContain("fact.byThisTab");
    // An older tab's message names no tab: said without a name.
    expect(factsOf(event({ kind: "tab-refresh-received", fromOtherTab: true }), "P7")).toEqual([{ key: "fact.otherTab" }]);
  });
});
