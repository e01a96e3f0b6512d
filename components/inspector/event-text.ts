// What the timeline says about one event, as dictionary keys with their values: a label,
// then the facts the client recorded (why, which attempt, who shared the refresh, how the
// lock went). The client's log holds typed facts and no sentences; the words come from
// the reader's dictionary, so the timeline reads in English or in Hindi alike.
import type { ClientEvent } from "@/lib/client/events";
import { LOCK_TIMEOUT_MS } from "@/lib/client/refresher";
import type { InspectorKey, Vars } from "@/lib/shared/i18n/inspector";

export type EventText = { key: InspectorKey; vars?: Vars };

const LABELS: Record<ClientEvent["kind"], InspectorKey> = {
  request: "event.request",
  refresh: "event.refresh",
  retry: "event.retry",
  "proactive-refresh": "event.proactive-refresh",
  "tab-refresh-received": "event.tab-refresh-received",
  "signed-out": "event.signed-out",
  login: "event.login",
  logout: "event.logout",
};

export function labelOf(event: ClientEvent): InspectorKey {
  if (event.kind === "signed-out") {
    // A page load that made no refresh call (nobody signed in here), one whose refresh
    // found nothing to restore, a session the server ended, or a plain sign-out.
    if (event.cause === "no_session_hint") return "event.restoreSkipped";
    if (event.cause === "no_session") return "event.noSession";
    if (event.cause !== "session_expired" && event.cause !== "origin_refused" && event.cause !== "refresh_storm") return "event.logout";
  }
  // The client records its own refreshes as "refresh" events; a plain request to the
  // refresh endpoint is the inspector's replay of a spent token.
  if (event.kind === "request" && event.path === "/auth/refresh") return "event.replay";
  return LABELS[event.kind];
}

/** The event's facts, in the order the timeline shows them; `thisTab` is this tab's short name. */
export function factsOf(event: ClientEvent, thisTab?: string): EventText[] {
  const facts: EventText[] = [];
  if (event.trigger === "restore") facts.push({ key: "fact.restore" });
  if (event.trigger === "expired") facts.push({ key: "fact.expired" });
  if (event.attempt !== undefined && event.attempt > 1) facts.push({ key: "fact.attempt", vars: { n: event.attempt } });
  if (event.sharedBy !== undefined && event.sharedBy > 1) facts.push({ key: "fact.sharedBy", vars: { n: event.sharedBy } });
  if (event.lock === "timed_out") facts.push({ key: "fact.lockTimedOut", vars: { seconds: LOCK_TIMEOUT_MS / 1000 } });
  if (event.lock === "unavailable") facts.push({ key: "fact.noLocks" });
  if (event.note) facts.push({ key: `note.${event.note}` });
  if (event.kind === "login" && event.mode) facts.push({ key: `fact.mode.${event.mode}` });
  if (event.scope) facts.push({ key: `scope.${event.scope}` });
  if (event.kind === "signed-out" && event.cause && !["no_session", "no_session_hint"].includes(event.cause)) {
    facts.push({ key: `cause.${event.cause}` });
  }
  // Who refreshed: another tab, by name, whose token this tab took over; or this tab's own call.
  if (event.tab) facts.push({ key: "fact.fromTab", vars: { tab: event.tab } });
  else if (event.fromOtherTab) facts.push({ key: "fact.otherTab" });
  const calledHere = (event.kind === "refresh" || event.kind === "proactive-refresh") && event.status === 200;
  if (calledHere && thisTab) facts.push({ key: "fact.byThisTab", vars: { tab: thisTab } });
  return facts;
}
