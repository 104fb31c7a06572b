/**
 * Sickness milestones on a sjukpenning bar: a tick at the end of day 90, 180 and 365 of the
 * sickness period, labelled "dag 180" where it fits. Upcoming ones (within the cliff horizon)
 * are red and bold; the words and the rule are in the bar's name and its details.
 */
import { isoDate } from '../domain';
import { type XScale, drawMargin } from './geometry';
import type { MilestoneTick } from './layout';
import { FINDING_COLORS } from './palette';
import { textWidth } from './text';

const FONT = 11;

export function MilestoneTicks({
  ticks,
  texts,
  x,
  y,
  h,
  barEnd,
  chartWidth,
}: {
  ticks: MilestoneTick[];
  /** Each tick's label and title, in the language shown (worked out once, see barInfo.ts). */
  texts: { text: string; title: string }[];
  x: XScale;
  y: number;
  h: number;
  /** x of the bar's right edge, where the last label must stop. */
  barEnd: number;
  chartWidth: number;
}) {
  return (
    <g className="milestones">
      {ticks.map((m, i) => {
        const tx = x(m.at + 1);
        if (tx < -drawMargin(chartWidth) || tx > chartWidth + drawMargin(chartWidth)) return null;
        const { text, title } = texts[i];
        const next = ticks[i + 1];
        const room = Math.min(next ? x(next.at + 1) : barEnd, chartWidth) - tx - 6;
        const color = m.upcoming ? FINDING_COLORS.cliff : '#1a1a1a';
        return (
          <g
            key={m.day}
            className={`milestone${m.upcoming ? ' milestone-upcoming' : ''}`}
            data-milestone={m.day}
            data-date={isoDate(m.at)}
            data-upcoming={m.upcoming}
            pointerEvents="none"
          >
            <title>{title}</title>
            <line x1={tx} x2={tx} y1={y - 5} y2={y + h + 5} stroke={color} strokeWidth={m.upcoming ? 3 : 2} />
            {textWidth(text, FONT) <= room && (
              <text
                x={tx + 4}
                y={y + h / 2 + 1}
                dominantBaseline="middle"
                className="milestone-label"
                fontSize={FONT}
                fill={color}
              >
                {text}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
