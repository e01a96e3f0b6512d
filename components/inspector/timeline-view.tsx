"use client";
// This tab's API requests from the client's event log, newest first, with each
// 401 → refresh → retry drawn as one linked group.
import type { ClientEvent } from "@/lib/client/events";
import { useEventStore } from "@/lib/client/events";
import { factsOf, labelOf } from "./event-text";
import { useLang } from "./preferences";
import { useTabName } from "./tab-name";
import { T } from "./text";
import { isExpiredResponse, timelineItems } from "./timeline";

export function TimelineView({ limit, compact = false }: { limit?: number; compact?: boolean }) {
  const events = useEventStore((state) => state.events);
  const items = timelineItems(events).slice(0, limit);

  if (items.length === 0) {
    return <T k={compact ? "panel.empty" : "timeline.empty"} as="p" className="text-sm text-slate-600" />;
  }
  return (
    <ol className="flex flex-col gap-2" data-testid="timeline">
      {items.map((item) =>
        item.type === "event" ? (
          <li key={item.event.id}>
            <EventRow event={item.event} compact={compact} />
          </li>
        ) : (
          <li
            key={item.groupId}
            data-testid="timeline-group"
            data-expired={item.expired ? "true" : undefined}
            className={`rounded-lg border-2 p-2 ${item.expired ? "border-amber-400 bg-amber-50" : "border-slate-300 bg-slate-50"}`}
          >
            {item.expired && (
              <T k="timeline.group" as="p" className="px-1 pb-1 text-xs font-semibold tracking-wide text-amber-900 [&:lang(en)]:uppercase" />
            )}
            <ol className="relative flex flex-col gap-1 border-l-2 border-amber-400 pl-3">
              {item.events.map((event) => (
                <li key={event.id} data-kind={event.kind}>
                  <EventRow event={event} compact={compact} />
                </li>
              ))}
            </ol>
          </li>
        ),
      )}
    </ol>
  );
}

function EventRow({ event, compact }: { event: ClientEvent; compact: boolean }) {
  const lang = useLang();
  const tabName = useTabName();
  const time = new Date(event.at).toLocaleTimeString(lang === "hi" ? "hi-IN" : "en-US", {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const label = labelOf(event);
  const isHttp = event.method !== undefined && event.path !== undefined;
  return (
    <div
      data-testid="timeline-event"
      data-kind={event.kind}
      data-status={event.status}
      className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 rounded-md bg-white px-2 py-1.5 text-sm shadow-xs ring-1 ring-slate-200"
    >
      <span className="font-mono text-xs text-slate-600 tabular-nums">{time}</span>
      <T k={label} className={`font-medium ${label === "event.signed-out" ? "text-red-800" : "text-slate-900"}`} />
      {isHttp && (
        <span className="font-mono text-xs text-slate-800">
          {event.method} {event.path}
        </span>
      )}
      {event.status !== undefined && <StatusBadge event={event} />}
      {event.durationMs !== undefined && (
        <span className="font-mono text-xs text-slate-600 tabular-nums">{Math.round(event.durationMs)} ms</span>
      )}
      {!compact &&
        factsOf(event, tabName ?? undefined).map((fact) => (
          <T key={fact.key} k={fact.key} vars={fact.vars} className="basis-full text-xs text-slate-600" />
        ))}
    </div>
  );
}

function StatusBadge({ event }: { event: ClientEvent }) {
  const status = event.status ?? 0;
  const tone = isExpiredResponse(event)
    ? "bg-amber-200 text-amber-950"
    : status >= 200 && status < 300
      ? "bg-emerald-100 text-emerald-900"
      : "bg-red-100 text-red-900";
  return (
    <span className={`rounded px-1.5 py-0.5 font-mono text-xs font-semibold ${tone}`}>
      {status === 0 ? "network" : status}
      {event.code ? ` ${event.code}` : ""}
    </span>
  );
}
