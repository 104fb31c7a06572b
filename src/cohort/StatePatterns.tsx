/** SVG patterns for the day states (inside each chart's own SVG, so that saved files carry them). */
import type { DayState } from '../domain';
import { GAP_STRIPE, STATE_STYLE } from './states';

export const stateFill = (prefix: string, s: DayState) =>
  STATE_STYLE[s].pattern ? `url(#${prefix}-${s})` : STATE_STYLE[s].fill;

/** The fill of counts the small-cell rule hides (the chart's own pattern): grey cross-hatching. */
export const hiddenFill = (prefix: string) => `url(#${prefix}-hidden)`;

export function StatePatterns({ prefix }: { prefix: string }) {
  return (
    <defs>
      <pattern
        id={`${prefix}-greyZone`}
        width={7}
        height={7}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={7} height={7} fill="#ffffff" />
        <line x1={0} x2={0} y1={0} y2={7} stroke={STATE_STYLE.greyZone.fill} strokeWidth={4} />
      </pattern>
      <pattern id={`${prefix}-hidden`} width={8} height={8} patternUnits="userSpaceOnUse">
        <rect width={8} height={8} fill="#d9d9d9" />
        <path d="M0,8 L8,0 M0,0 L8,8" stroke="#6b6b6b" strokeWidth={1} />
      </pattern>
      <pattern id={`${prefix}-gap`} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} fill={STATE_STYLE.gap.fill} />
        <rect width={2} height={6} fill={GAP_STRIPE} />
      </pattern>
    </defs>
  );
}

/** The legend: a swatch and a name per state, and what the hidden area is when the chart draws one. */
export function StateLegend({
  prefix,
  name,
  hidden = null,
}: {
  prefix: string;
  name: (s: DayState) => string;
  hidden?: string | null;
}) {
  const states = Object.keys(STATE_STYLE) as DayState[];
  return (
    <ul className="state-legend">
      {states.map((s) => (
        <li key={s}>
          <svg width={22} height={16} aria-hidden="true">
            <rect width={22} height={16} fill={stateFill(prefix, s)} stroke="#555555" />
          </svg>
          {name(s)}
        </li>
      ))}
      {hidden && (
        <li data-testid="legend-hidden">
          <svg width={22} height={16} aria-hidden="true">
            <StatePatterns prefix={`${prefix}-legend`} />
            <rect width={22} height={16} fill={hiddenFill(`${prefix}-legend`)} stroke="#555555" />
          </svg>
          {hidden}
        </li>
      )}
    </ul>
  );
}
