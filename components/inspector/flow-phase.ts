// Which step of the sequence diagram the latest event of this tab stands for.
import type { ClientEvent } from "@/lib/client/events";
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
      // The client names the reason first in `detail`; an expired session is the refused refresh.
      return event.detail?.startsWith("session_expired") ? "signed-out" : "logged-out";
    case "logout":
      return "logged-out";
    case "request":
      return isExpiredResponse(event) ? "expired" : "call";
  }
}
