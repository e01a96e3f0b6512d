// Turns the client's flat event log into what the inspector draws: rows, newest first,
// where the events that share a groupId (a 401 token_expired, the refresh it caused and
// the retry of the request) become one linked group.
import type { ClientEvent } from "@/lib/client/events";

export type TimelineItem = { type: "event"; event: ClientEvent } | { type: "group"; groupId: string; events: ClientEvent[]; expired: boolean };

export function timelineItems(events: readonly ClientEvent[]): TimelineItem[] {
  const groups = new Map<string, ClientEvent[]>();
  for (const event of events) {
    if (event.groupId) groups.set(event.groupId, [...(groups.get(event.groupId) ?? []), event]);
  }
  const items: TimelineItem[] = [];
  const placed = new Set<string>();
  // Walk newest first; a group takes the place of its newest event, and lists its own
  // events oldest first, so it reads as a story: 401 → refresh → retry.
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index]!;
    const members = event.groupId ? groups.get(event.groupId)! : null;
    if (!members || members.length === 1) {
      items.push({ type: "event", event });
      continue;
    }
    if (placed.has(event.groupId!)) continue;
    placed.add(event.groupId!);
    const expired = members.some(isExpiredResponse);
    items.push({ type: "group", groupId: event.groupId!, events: orderedStory(members), expired });
  }
  return items;
}

export const isExpiredResponse = (event: ClientEvent) => event.kind === "request" && event.status === 401 && event.code === "token_expired";

/**
 * Oldest first, except that the 401s come before the refresh they caused: several
 * requests may join one refresh, and a refresh call is recorded when it ends.
 */
function orderedStory(members: ClientEvent[]): ClientEvent[] {
  const rank = (event: ClientEvent) => (isExpiredResponse(event) ? 0 : event.kind === "retry" ? 2 : 1);
  return [...members].sort((a, b) => rank(a) - rank(b) || a.at - b.at);
}
