// Which step of the sequence diagram the latest event of this tab stands for.
import type { ClientEvent } from "@/lib/client/events";
import { isTokenEndpoint } from "@/lib/shared/token-endpoints";
import { isExpiredResponse } from "./timeline";

export const PHASES = ["login", "call", "expired", "refresh", "retry"] as const;
/** Beyond the five steps: the session ended by a refused refresh, or by signing out. */
export type Phase = (typeof PHASES)[number] | "signed-out" | "logged-out" | "idle";

export function phaseOf(event: ClientEvent | undefined): Phase {
  if (!event) return "idle";
  switch (event.kind) {
    case "login":
      return "login";
    case "refresh":
    case "proactive-refresh":
    case "tab-refresh-received":
      return event.status === 401 ? "signed-out" : "refresh";
    case "retry":
      return "retry";
    case "signed-out":
      // An expired session is the refused refresh; any other ending is a sign-out.
      return event.cause === "session_expired" ? "signed-out" : "logged-out";
    case "logout":
      return "logged-out";
    case "request":
      return isExpiredResponse(event) ? "expired" : "call";
  }
}

/**
 * The step the diagram shows. Signed in: that of the latest event, passing over a 401
 * token_expired the client did not act on (no groupId: it came back after the session had
 * ended). Signed out: how the session ended, whatever happened after (a guest's requests
 * or a late answer carry no token), or nothing if this tab never had one.
 */
export function currentPhase(events: readonly ClientEvent[], status: "loading" | "signed-in" | "signed-out"): Phase {
  if (status === "signed-out") {
    const ended = events.findLast((event) => event.kind === "signed-out");
    if (ended?.cause === "session_expired") return "signed-out";
    return events.some(hadSession) ? "logged-out" : "idle";
  }
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    if (isExpiredResponse(event) && !event.groupId) continue;
    return phaseOf(event);
  }
  return "idle";
}

/** "GET /auth/sessions": the latest call made with an access token, for the diagram's arrows. */
export function latestCall(events: readonly ClientEvent[]): string | null {
  const call = events.findLast((event) => (event.kind === "request" || event.kind === "retry") && event.path && !isTokenEndpoint(event.path));
  return call ? `${call.method} ${call.path}` : null;
}

const hadSession = (event: ClientEvent) =>
  event.kind === "login" ||
  event.kind === "tab-refresh-received" ||
  ((event.kind === "refresh" || event.kind === "proactive-refresh") && event.status === 200);
