/** The one time axis above every panel: years and months (or quarters) and the reference day. */
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n';
import { tickLabel } from '../timeline/Axis';
import type { XScale } from '../timeline/geometry';
import { FINDING_COLORS } from '../timeline/palette';
import { textWidth } from '../timeline/text';
import type { AxisTiers } from '../timeline/ticks';
import { MINI_LABEL_WIDTH } from './SideBySideChart';

type Props = {
  x: XScale;
  chartWidth: number;
  tiers: AxisTiers;
  language: Language;
  asOf: number;
  asOfLabel: string;
};

export function MiniAxis({ x, chartWidth, tiers, language, asOf, asOfLabel }: Props) {
  const { t } = useTranslation();
  // Two tiers of labels, or one (years only), then the reference day's tag.
  const height = tiers.upperLevel ? 58 : 42;
  const ax = x(asOf);
  const labelW = textWidth(asOfLabel, 12) + 10;
  const labelX = Math.min(Math.max(ax - labelW / 2, 0), chartWidth - labelW);
  return (
    <svg
      className="sbs-axis"
      width={MINI_LABEL_WIDTH + chartWidth}
      height={height}
      aria-hidden="true"
      focusable="false"
      data-level={tiers.lowerLevel}
    >
      <g transform={`translate(${MINI_LABEL_WIDTH},0)`}>
        {tiers.lower.map((tick, i) => {
          const x0 = x(tick.day);
          if (x0 < 0 || x0 > chartWidth) return null;
          const label = tickLabel(tick, tiers.lowerLevel, language, t, false);
          const next = tiers.lower[i + 1];
          const room = (next ? x(next.day) : chartWidth) - x0;
          return (
            <g key={`l${tick.day}`}>
              <line x1={x0} x2={x0} y1={tiers.upperLevel ? 20 : 4} y2={height} stroke="#c9c9c4" />
              {room >= textWidth(label, 12) + 8 && (
                <text x={x0 + 3} y={tiers.upperLevel ? 34 : 18} className="sbs-tick">
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
            const labelX0 = Math.max(x0, 0) + 3;
            const label = tickLabel(tick, tiers.upperLevel!, language, t, true);
            const room = (next ? x(next.day) : chartWidth) - labelX0;
            if (x0 > chartWidth) return null;
            return (
              <g key={`u${tick.day}`}>
                {x0 >= 0 && <line x1={x0} x2={x0} y1={0} y2={height} stroke="#6f6f6a" />}
                {room >= textWidth(label, 13) + 12 && (
                  <text x={labelX0} y={14} className="sbs-tick sbs-tick-upper">
                    {label}
                  </text>
                )}
              </g>
            );
          })}
        <line x1={ax} x2={ax} y1={height - 20} y2={height} stroke={FINDING_COLORS.today} strokeWidth={2} />
        <rect x={labelX} y={height - 19} width={labelW} height={17} rx={3} fill={FINDING_COLORS.today} />
        <text x={labelX + 5} y={height - 6.5} fill="#ffffff" className="sbs-asof-label">
          {asOfLabel}
        </text>
      </g>
      <line x1={0} x2={MINI_LABEL_WIDTH + chartWidth} y1={height - 0.5} y2={height - 0.5} stroke="#1a1a1a" />
    </svg>
  );
}
