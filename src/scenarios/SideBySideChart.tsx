/** One panel's compact timeline: thin lanes, bars, finding bands, cliffs and the reference day. */
import { useId } from 'react';
import { type Analysis, dayNumber, isoDate } from '../domain';
import type { XScale } from '../timeline/geometry';
import type { TimelineLayout } from '../timeline/layout';
import { CATEGORY_COLORS, FINDING_COLORS } from '../timeline/palette';
import { fitText } from '../timeline/text';
import type { Tick } from '../timeline/ticks';
import { MINI_BOTTOM, MINI_TOP, type MiniLanePosition, barBox, laneFontSize } from './miniTimeline';

export const MINI_LABEL_WIDTH = 164;

export type ChartProps = {
  layout: TimelineLayout;
  analysis: Analysis;
  lanes: MiniLanePosition[];
  height: number;
  x: XScale;
  chartWidth: number;
  asOf: number;
  ticks: { lower: Tick[]; upper: Tick[] };
  changed: ReadonlySet<string>;
  actorLabel: (id: string) => string;
  barTitle: (id: string) => string;
};

/** Patterns with ids of this chart's own: several charts share one document. */
function Defs({ id, clipWidth, clipHeight }: { id: string; clipWidth: number; clipHeight: number }) {
  return (
    <defs>
      <pattern id={`${id}-gap`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect width="8" height="8" fill="#fff3c4" />
        <rect width="2.5" height="8" fill={FINDING_COLORS.gap} fillOpacity="0.3" />
      </pattern>
      <pattern id={`${id}-grey`} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill="#e2e2e2" />
        <path d="M0 0L7 7M7 0L0 7" stroke={FINDING_COLORS.greyzone} strokeOpacity="0.4" strokeWidth="1" />
      </pattern>
      <pattern id={`${id}-manual`} width="7" height="7" patternUnits="userSpaceOnUse">
        <rect width="7" height="7" fill="#ececec" />
        <circle cx="3.5" cy="3.5" r="1.2" fill={FINDING_COLORS.greyzone} fillOpacity="0.6" />
      </pattern>
      <linearGradient id={`${id}-fade`} x1="0" x2="1" y1="0" y2="0">
        <stop offset="0" stopColor="#fff" stopOpacity="1" />
        <stop offset="0.75" stopColor="#fff" stopOpacity="1" />
        <stop offset="1" stopColor="#fff" stopOpacity="0" />
      </linearGradient>
      <mask id={`${id}-fade-mask`} maskContentUnits="objectBoundingBox">
        <rect width="1" height="1" fill={`url(#${id}-fade)`} />
      </mask>
      <clipPath id={`${id}-clip`}>
        <rect x="0" y="0" width={clipWidth} height={clipHeight} />
      </clipPath>
    </defs>
  );
}

function span(x: XScale, start: string, end: string) {
  const x0 = x(dayNumber(start));
  return { x: x0, width: Math.max(x(dayNumber(end) + 1) - x0, 1.5) };
}

export function MiniChart(props: ChartProps) {
  const { layout, analysis, lanes, height, x, chartWidth, asOf, ticks, changed, actorLabel, barTitle } = props;
  const id = `sbs${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const laneOf = new Map(lanes.map((l) => [l.actor, l]));
  const bandTop = MINI_TOP - 2;
  const bandHeight = height - MINI_BOTTOM - bandTop + 2;
  const asOfX = x(asOf);
  const fontSize = laneFontSize(lanes.length);
  return (
    <svg
      className="sbs-chart"
      width={MINI_LABEL_WIDTH + chartWidth}
      height={height}
      aria-hidden="true"
      focusable="false"
    >
      <Defs id={id} clipWidth={chartWidth} clipHeight={height} />
      {lanes.map((l, i) => (
        <rect
          key={l.actor}
          x={0}
          y={l.top}
          width={MINI_LABEL_WIDTH + chartWidth}
          height={l.height}
          fill={i % 2 ? '#ffffff' : '#f3f3f0'}
        />
      ))}
      <g transform={`translate(${MINI_LABEL_WIDTH},0)`}>
        <g clipPath={`url(#${id}-clip)`}>
          {ticks.lower.map((t) => (
            <line key={`l${t.day}`} x1={x(t.day)} x2={x(t.day)} y1={0} y2={height} stroke="#e2e2de" />
          ))}
          {ticks.upper.map((t) => (
            <line key={`u${t.day}`} x1={x(t.day)} x2={x(t.day)} y1={0} y2={height} stroke="#b5b5b0" />
          ))}
          {analysis.gaps.map((g) => (
            <rect
              key={`gap-${g.start}`}
              data-band="gap"
              {...span(x, g.start, g.end)}
              y={bandTop}
              height={bandHeight}
              fill={`url(#${id}-gap)`}
              stroke={FINDING_COLORS.gap}
              strokeOpacity={0.5}
            />
          ))}
          {analysis.greyZones.map((z) => (
            <rect
              key={`gz-${z.start}-${z.manual}`}
              data-band={z.manual ? 'greyzone-manual' : 'greyzone'}
              {...span(x, z.start, z.end)}
              y={bandTop}
              height={bandHeight}
              fill={`url(#${id}-${z.manual ? 'manual' : 'grey'})`}
              fillOpacity={0.8}
              stroke={FINDING_COLORS.greyzone}
              strokeDasharray={z.manual ? '2 3' : '5 3'}
            />
          ))}
          {analysis.forstegWaits
            .filter((w) => w.days > 0 && w.start && w.end)
            .map((w) => (
              <rect
                key={`wait-${w.forsteg}`}
                data-band="wait"
                {...span(x, w.start!, w.end!)}
                y={1}
                height={MINI_TOP - 4}
                rx={2}
                fill={FINDING_COLORS.wait}
              />
            ))}
          {layout.mandates.map((m) => {
            const lane = laneOf.get(m.lane);
            if (!lane) return null;
            const x0 = x(m.start);
            const x1 = m.end === null ? chartWidth : x(m.end + 1);
            const y = lane.top + lane.height - 3;
            return <line key={m.id} x1={x0} x2={x1} y1={y} y2={y} stroke="#444" strokeWidth={2} />;
          })}
          {layout.bars.map((b) => {
            const lane = laneOf.get(b.lane);
            if (!lane) return null;
            const { y, height: h } = barBox(lane, b.row, b.activity);
            const x0 = x(b.start);
            const x1 = b.end === null ? Math.max(chartWidth, x0 + 40) : x(b.end + 1);
            const projectedFrom = b.projected && b.end !== null ? Math.max(b.start, asOf + 1) : null;
            const isChanged = changed.has(b.id);
            return (
              <g
                key={b.id}
                data-bar={b.id}
                data-start={isoDate(b.start)}
                data-end={b.end === null ? 'open' : isoDate(b.end)}
                data-cancelled={b.cancelled}
                data-changed={isChanged}
                opacity={b.cancelled ? 0.3 : 1}
              >
                <title>{barTitle(b.id)}</title>
                <g mask={b.end === null ? `url(#${id}-fade-mask)` : undefined}>
                  <rect
                    x={x0}
                    y={y}
                    width={Math.max(x1 - x0, 2)}
                    height={h}
                    rx={2}
                    fill={CATEGORY_COLORS[b.category].fill}
                    fillOpacity={b.activity ? 1 : 0.75}
                    stroke="#1a1a1a"
                    strokeWidth={isChanged ? 2.25 : 0.75}
                    strokeDasharray={b.cancelled ? '3 2' : undefined}
                  />
                  {projectedFrom !== null && b.end !== null && projectedFrom <= b.end && (
                    <rect
                      className="sbs-projected"
                      x={x(projectedFrom)}
                      y={y + 0.5}
                      width={Math.max(x(b.end + 1) - x(projectedFrom) - 0.5, 1)}
                      height={h - 1}
                      fill="#ffffff"
                      fillOpacity={0.55}
                    />
                  )}
                </g>
                {b.segments
                  .filter((s) => s.kind === 'extension')
                  .map((s) => (
                    <line key={s.start} x1={x(s.start)} x2={x(s.start)} y1={y - 1} y2={y + h + 1} stroke="#1a1a1a" />
                  ))}
              </g>
            );
          })}
          {analysis.cliffs.map((c) => {
            const bar = layout.bars.find((b) => b.id === c.intervention);
            const lane = bar ? laneOf.get(bar.lane) : undefined;
            const cx = x(dayNumber(c.end) + 1);
            const y = bar && lane ? barBox(lane, bar.row, bar.activity).y - 1 : MINI_TOP;
            return (
              <path
                key={`cliff-${c.intervention}`}
                data-cliff={c.intervention}
                d={`M${cx - 6},${y - 7} h12 l-6,9 z`}
                fill={FINDING_COLORS.cliff}
                stroke="#ffffff"
                strokeWidth={1}
              />
            );
          })}
          <line
            data-asof={isoDate(asOf)}
            x1={asOfX}
            x2={asOfX}
            y1={0}
            y2={height}
            stroke={FINDING_COLORS.today}
            strokeWidth={2}
            strokeDasharray="5 3"
          />
        </g>
      </g>
      <rect x={0} y={0} width={MINI_LABEL_WIDTH - 2} height={MINI_TOP} fill="#ffffff" />
      <line x1={MINI_LABEL_WIDTH} x2={MINI_LABEL_WIDTH} y1={0} y2={height} stroke="#9a9a94" />
      {lanes.map((l) => {
        const full = actorLabel(l.actor);
        return (
          <text
            key={l.actor}
            x={6}
            y={l.top + l.height / 2 + 1}
            dominantBaseline="middle"
            fontSize={fontSize}
            className="sbs-lane-label"
          >
            <title>{full}</title>
            {fitText(full, MINI_LABEL_WIDTH - 12, fontSize)}
          </text>
        );
      })}
    </svg>
  );
}
