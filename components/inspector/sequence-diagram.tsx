"use client";
// The two-token flow as a sequence diagram, drawn in SVG: login → API call → 401 →
// refresh → retry between the browser and the server. The step that this tab's latest
// event stands for is highlighted, so the diagram follows the real requests.
import { useId } from "react";
import { useAuthStore } from "@/lib/client/auth-store";
import { useEventStore } from "@/lib/client/events";
import type { InspectorKey } from "@/lib/shared/i18n/inspector";
import { currentPhase, latestCall, PHASES, type Phase } from "./flow-phase";
import { T, useT } from "./text";
import { useLang } from "./preferences";

const WIDTH = 720;
const BROWSER_X = 245;
const SERVER_X = 615;
const TOP = 72;
const BAND = 76;
const HEIGHT = TOP + PHASES.length * BAND + 12;

const ARROWS: Record<(typeof PHASES)[number], [InspectorKey, InspectorKey]> = {
  login: ["diagram.arrow.login", "diagram.arrow.tokens"],
  call: ["diagram.arrow.call", "diagram.arrow.ok"],
  expired: ["diagram.arrow.expiredCall", "diagram.arrow.401"],
  refresh: ["diagram.arrow.refresh", "diagram.arrow.newPair"],
  retry: ["diagram.arrow.retry", "diagram.arrow.retryOk"],
};

const CAPTIONS: Record<Phase, InspectorKey> = {
  idle: "diagram.caption.idle",
  login: "diagram.caption.login",
  call: "diagram.caption.call",
  expired: "diagram.caption.expired",
  refresh: "diagram.caption.refresh",
  retry: "diagram.caption.retry",
  "signed-out": "diagram.caption.signedOut",
  "logged-out": "diagram.caption.loggedOut",
};

const COLORS = {
  active: "#1f57d1",
  idle: "#64748b",
  idleText: "#475569",
  refused: "#b91c1c",
};

export function SequenceDiagram() {
  const status = useAuthStore((state) => state.status);
  const phase = useEventStore((state) => currentPhase(state.events, status));
  const call = useEventStore((state) => latestCall(state.events)) ?? "GET /cart";
  const t = useT();
  const lang = useLang();
  const id = useId();
  const titleId = `${id}-title`;
  // A refused refresh is drawn on the refresh step, in red: that is where the session ends.
  const highlighted = phase === "signed-out" ? "refresh" : phase;

  return (
    <figure className="flex flex-col gap-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={titleId}
        data-active-phase={phase}
        className="h-auto w-full rounded-xl border border-slate-200 bg-white"
      >
        <title id={titleId} lang={lang} data-i18n="diagram.label">
          {t("diagram.label")}
        </title>
        <defs>
          {Object.entries(COLORS).map(([name, color]) => (
            <marker
              key={name}
              id={`${id}-head-${name}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M0,0 L10,5 L0,10 z" fill={color} />
            </marker>
          ))}
        </defs>

        {[
          { x: BROWSER_X, key: "diagram.browser" as const },
          { x: SERVER_X, key: "diagram.server" as const },
        ].map(({ x, key }) => (
          <g key={key}>
            <line x1={x} x2={x} y1={52} y2={HEIGHT - 8} stroke="#cbd5e1" strokeWidth={2} strokeDasharray="6 6" />
            <rect x={x - 90} y={10} width={180} height={40} rx={10} fill="#0f172a" />
            <text x={x} y={35} textAnchor="middle" fontSize={15} fontWeight={600} fill="#ffffff" lang={lang} data-i18n={key}>
              {t(key)}
            </text>
          </g>
        ))}

        {PHASES.map((step, index) => {
          const y = TOP + index * BAND;
          const active = step === highlighted;
          const refused = active && phase === "signed-out";
          const tone = refused ? "refused" : active ? "active" : "idle";
          const color = COLORS[tone];
          const textColor = active ? color : COLORS.idleText;
          const [requestKey, responseKey] = ARROWS[step];
          const answerKey = refused ? "diagram.arrow.refused" : responseKey;
          return (
            <g key={step} data-phase={step} data-active={active ? "true" : undefined}>
              <rect
                x={4}
                y={y + 2}
                width={WIDTH - 8}
                height={BAND - 4}
                rx={10}
                fill={refused ? "#fef2f2" : active ? "#eef6ff" : "transparent"}
                stroke={active ? color : "transparent"}
                strokeWidth={1.5}
                className="transition-colors duration-300"
              />
              <circle cx={28} cy={y + 38} r={14} fill={active ? color : "#e2e8f0"} />
              <text x={28} y={y + 43} textAnchor="middle" fontSize={14} fontWeight={700} fill={active ? "#ffffff" : "#334155"}>
                {index + 1}
              </text>
              <text x={50} y={y + 43} fontSize={14} fontWeight={600} fill={textColor} lang={lang} data-i18n={`diagram.phase.${step}`}>
                {t(`diagram.phase.${step}`)}
              </text>
              <line
                x1={BROWSER_X}
                x2={SERVER_X - 2}
                y1={y + 30}
                y2={y + 30}
                stroke={color}
                strokeWidth={active ? 2.5 : 1.5}
                markerEnd={`url(#${id}-head-${tone})`}
              />
              <text
                x={(BROWSER_X + SERVER_X) / 2}
                y={y + 23}
                textAnchor="middle"
                fontSize={13}
                fill={textColor}
                lang={lang}
                data-i18n={requestKey}
              >
                {t(requestKey, { call })}
              </text>
              <line
                x1={SERVER_X}
                x2={BROWSER_X + 2}
                y1={y + 60}
                y2={y + 60}
                stroke={color}
                strokeWidth={active ? 2.5 : 1.5}
                strokeDasharray="7 5"
                markerEnd={`url(#${id}-head-${tone})`}
              />
              <text
                x={(BROWSER_X + SERVER_X) / 2}
                y={y + 53}
                textAnchor="middle"
                fontSize={13}
                fill={textColor}
                lang={lang}
                data-i18n={answerKey}
              >
                {t(answerKey)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption
        aria-live="polite"
        className={`rounded-lg px-4 py-3 text-sm ${phase === "signed-out" ? "bg-red-50 text-red-900" : "bg-brand-50 text-slate-800"}`}
      >
        <T k={CAPTIONS[phase]} />
      </figcaption>
    </figure>
  );
}
