import { useTranslation } from 'react-i18next';
import { isoDate } from '../domain';
import type { Language } from '../i18n';
import { isoWeek, monthShort } from '../i18n/format';
import { AXIS_HEIGHT, type XScale, drawMargin } from './geometry';
import { type Tick, type TickLevel, axisTicks } from './ticks';
import { textWidth } from './text';

function monthName(month: number, language: Language) {
  return monthShort(month, language).replace('.', '');
}

export function tickLabel(
  tick: Tick,
  level: TickLevel,
  language: Language,
  t: (k: 'timeline.week', o: { week: number }) => string,
  upper: boolean,
) {
  switch (level) {
    case 'year':
      return String(tick.year);
    case 'month':
      return upper ? `${monthName(tick.month, language)} ${tick.year}` : monthName(tick.month, language);
    case 'week':
      return upper
        ? `${t('timeline.week', { week: isoWeek(isoDate(tick.day)) })}, ${monthName(tick.month, language)} ${tick.year}`
        : t('timeline.week', { week: isoWeek(isoDate(tick.day)) });
    case 'day':
      return String(tick.date);
  }
}

/** Two tiers of ticks and the grid lines below them. */
export function Axis({ x, width, height, language }: { x: XScale; width: number; height: number; language: Language }) {
  const { t } = useTranslation();
  const [d0, d1] = x.domain();
  const pxPerDay = width / Math.max(d1 - d0, 1e-6);
  // Ticks over the drawing margins too, so that a pan gesture (liveView.ts) moves ticks into view.
  const margin = drawMargin(width);
  const tiers = axisTicks(Math.floor(x.invert(-margin)), Math.ceil(x.invert(width + margin)), pxPerDay);
  const mid = 20;
  return (
    <g className="axis" aria-hidden="true" data-testid="axis" data-level={tiers.lowerLevel}>
      <rect x={-margin} y={0} width={width + 2 * margin} height={AXIS_HEIGHT} fill="#ffffff" />
      {tiers.lower.map((tick, i) => {
        const x0 = x(tick.day);
        const next = tiers.lower[i + 1];
        const labelX = Math.max(x0, 0) + 3;
        const label = tickLabel(tick, tiers.lowerLevel, language, t, false);
        // A label in view stops at the chart's edge; one in the right margin (shown by a pan) at the next tick.
        const room = (next ? (x0 < width ? Math.min(x(next.day), width) : x(next.day)) : width + margin) - labelX;
        return (
          <g key={`l${tick.day}`}>
            <line x1={x0} x2={x0} y1={mid} y2={height} stroke="#d9d9d4" />
            {room >= textWidth(label, 12) + 2 && (
              <text x={labelX} y={35} className="tick tick-lower">
                {label}
              </text>
            )}
          </g>
        );
      })}
      {tiers.upperLevel &&
        tiers.upper.map((tick, i) => {
          const x0 = x(tick.day);
          const next = tiers.upper[i + 1];
          const labelX = Math.max(x0, 0) + 3;
          if (next && x(next.day) - labelX < 40)
            return <line key={`u${tick.day}`} x1={x0} x2={x0} y1={0} y2={height} stroke="#9a9a94" />;
          return (
            <g key={`u${tick.day}`}>
              <line x1={x0} x2={x0} y1={0} y2={height} stroke="#9a9a94" />
              <text x={labelX} y={16} className="tick tick-upper">
                {tickLabel(tick, tiers.upperLevel as TickLevel, language, t, true)}
              </text>
            </g>
          );
        })}
      <line x1={-margin} x2={width + margin} y1={AXIS_HEIGHT} y2={AXIS_HEIGHT} stroke="#1a1a1a" />
    </g>
  );
}
