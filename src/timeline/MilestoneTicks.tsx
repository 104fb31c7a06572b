/**
 * Sickness milestones on a sjukpenning bar: a tick at the end of day 90, 180 and 365 of the
 * sickness period, labelled "dag 180" where it fits. In a period that began in an employment
 * each is a step of the rehabilitation chain: a solid line reaching past the bar; upcoming
 * ones (within the cliff horizon) are red, thicker and bold. Without an employment (SFB 27
 * kap. 46 §) they are plain day marks: a thin dotted line inside the bar, an italic label,
 * never red. The words and the rule are in the bar's name and its details.
 */
import { isoDate } from '../domain';
import { type View, type XScale, drawMargin } from './geometry';
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
  view,
}: {
  ticks: MilestoneTick[];
  /** Each tick's label and title, in the language shown (worked out once, see barInfo.ts). */
  texts: { text: string; title: string }[];
  x: XScale;
  y: number;
  h: number;
  /** x of the bar's right edge, where the last label must stop. */
  barEnd: number;
  /** The visible range in the drawing's coordinates. */
  view: View;
}) {
  const margin = drawMargin(view.right - view.left);
  return (
    <g className="milestones">
      {ticks.map((m, i) => {
        const tx = x(m.at + 1);
        if (tx < view.left - margin || tx > view.right + margin) return null;
        const { text, title } = texts[i];
        const next = ticks[i + 1];
        const room = Math.min(next ? x(next.at + 1) : barEnd, view.right) - tx - 6;
        const color = m.upcoming ? FINDING_COLORS.cliff : '#1a1a1a';
        const look = !m.employed
          ? 'milestone-plain'
          : m.upcoming
            ? 'milestone-step milestone-upcoming'
            : 'milestone-step';
        return (
          <g
            key={m.day}
            className={`milestone ${look}`}
            data-milestone={m.day}
            data-date={isoDate(m.at)}
            data-upcoming={m.upcoming}
            data-employed={m.employed}
            pointerEvents="none"
          >
            <title>{title}</title>
            {m.employed ? (
              <line x1={tx} x2={tx} y1={y - 5} y2={y + h + 5} stroke={color} strokeWidth={m.upcoming ? 3 : 2} />
            ) : (
              <line x1={tx} x2={tx} y1={y + 1} y2={y + h - 1} stroke={color} strokeWidth={1} strokeDasharray="2 2" />
            )}
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
