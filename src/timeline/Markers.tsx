import { useTranslation } from 'react-i18next';
import { type EventType, isoDate } from '../domain';
import { sameSelection, type Selection } from '../store/viewSlice';
import type { Labels } from '../kit/useLabels';
import { itemProps, useInteraction } from './useInteraction';
import { BAR_ROW, EVENT_ROW, LANE_PAD, MANDATE_ROW, OPEN_OVERRUN, type XScale } from './geometry';
import { FINDING_COLORS } from './palette';
import { type SymbolName, symbolPath } from './symbols';
import { BOLD, fitText, textWidth } from './text';
import type { TimelineModel } from './useTimelineModel';

export const EVENT_SYMBOLS: Record<EventType, { type: SymbolName; fill: string }> = {
  decision: { type: 'diamond', fill: '#1a1a1a' },
  assessment: { type: 'circle', fill: '#0b5cad' },
  meeting: { type: 'square', fill: '#2f6b2f' },
  deviation: { type: 'triangle', fill: '#a4161a' },
  note: { type: 'star', fill: '#6a3d9a' },
};

export function eventPath(type: EventType, size = 110): string {
  return symbolPath(EVENT_SYMBOLS[type].type, size);
}

type Props = { model: TimelineModel; x: XScale; chartWidth: number; labels: Labels };

/** Mandates: thin bars at the foot of their actor's lane. */
export function Mandates({ model, x, chartWidth, labels }: Props) {
  const { t } = useTranslation();
  const interaction = useInteraction();
  const journeyMandates = new Map((labels.mandates ?? []).map((m) => [m.id, m]));
  return (
    <g className="mandates">
      {model.layout.mandates.map((m) => {
        const laneIndex = model.layout.lanes.findIndex((l) => l.actor === m.lane);
        const lane = model.layout.lanes[laneIndex];
        const top =
          model.positions[laneIndex].top +
          LANE_PAD +
          (lane.hasEvents ? EVENT_ROW : 0) +
          Math.max(lane.rows, 0) * BAR_ROW;
        const y = top + m.row * MANDATE_ROW + 2;
        const x0 = x(m.start);
        const x1 = m.end === null ? chartWidth + OPEN_OVERRUN : x(m.end + 1);
        const source = journeyMandates.get(m.id);
        const text = source?.label ?? labels.actor(m.lane);
        const aria = t('timeline.mandateLabel', {
          label: text,
          from: labels.day(isoDate(m.start)),
          to: m.end === null ? t('timeline.mandateOpen') : labels.day(isoDate(m.end)),
        });
        const sel: Selection = { kind: 'mandate', id: m.id };
        const selected = sameSelection(interaction.selection, sel);
        const shown = fitText(text, Math.min(x1, chartWidth) - Math.max(x0, 0) - 8, 11);
        return (
          <g
            key={m.id}
            className={`mandate${selected ? ' is-selected' : ''}`}
            data-mandate={m.id}
            data-lane={m.lane}
            {...itemProps(sel, aria, interaction, selected)}
          >
            <rect
              x={x0}
              y={y}
              width={Math.max(x1 - x0, 2)}
              height={MANDATE_ROW - 3}
              fill="#ffffff"
              stroke="#1a1a1a"
              strokeWidth={selected ? 2.5 : 1}
            />
            <rect x={x0} y={y} width={Math.max(x1 - x0, 2)} height={2} fill="#1a1a1a" />
            {shown && (
              <text x={Math.max(x0, 0) + 4} y={y + MANDATE_ROW - 5} className="mandate-label" pointerEvents="none">
                {shown}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

/** Events as point markers with a shape per type, on a row at the top of their lane. */
export function Events({ model, x, labels }: Props) {
  const { t } = useTranslation();
  const interaction = useInteraction();
  const byId = new Map((labels.events ?? []).map((e) => [e.id, e]));
  return (
    <g className="events">
      {model.layout.events.map((e) => {
        const laneIndex = model.layout.lanes.findIndex((l) => l.actor === e.lane);
        const cy = model.positions[laneIndex].top + LANE_PAD + EVENT_ROW / 2;
        const cx = x(e.day) + (x(e.day + 1) - x(e.day)) / 2;
        const type = e.type as EventType;
        const ev = byId.get(e.id);
        const aria = t('timeline.eventLabel', {
          type: t(`eventType.${type}`),
          date: labels.day(isoDate(e.day)),
          text: ev?.text ?? '',
        });
        const sel: Selection = { kind: 'event', id: e.id };
        const selected = sameSelection(interaction.selection, sel);
        return (
          <g
            key={e.id}
            className={`event${selected ? ' is-selected' : ''}`}
            data-event={e.id}
            data-type={type}
            transform={`translate(${cx},${cy})`}
            {...itemProps(sel, aria, interaction, selected)}
          >
            <title>{aria}</title>
            <path
              d={eventPath(type)}
              fill={EVENT_SYMBOLS[type].fill}
              stroke={selected ? FINDING_COLORS.selection : '#ffffff'}
              strokeWidth={selected ? 3 : 1.5}
            />
          </g>
        );
      })}
    </g>
  );
}

/** The reference day (asOf) as a line through everything. */
export function TodayLine({
  x,
  day,
  height,
  label,
  chartWidth = Infinity,
}: {
  x: XScale;
  day: number;
  height: number;
  label: string;
  chartWidth?: number;
}) {
  const tx = x(day);
  // The tag hangs right of the line, or left of it where the chart ends (never cut at the edge).
  const w = textWidth(label, 12) * BOLD + 10;
  const left = tx + w > chartWidth && tx - w >= 0;
  return (
    <g className="today" data-testid="today-line" data-date={isoDate(day)} aria-hidden="true">
      <line x1={tx} x2={tx} y1={40} y2={height} stroke={FINDING_COLORS.today} strokeWidth={2} strokeDasharray="6 3" />
      <rect x={left ? tx + 1 - w : tx - 1} y={40} width={w} height={18} fill={FINDING_COLORS.today} rx={3} />
      <text
        x={left ? tx - 4 : tx + 4}
        y={53}
        fill="#ffffff"
        className="today-label"
        textAnchor={left ? 'end' : 'start'}
      >
        {label}
      </text>
    </g>
  );
}
