/** SVG patterns for the day states (inside each chart's own SVG, so that saved files carry them). */
import type { DayState } from '../domain';
import { GAP_STRIPE, STATE_STYLE } from './states';

export const stateFill = (prefix: string, s: DayState) =>
  STATE_STYLE[s].pattern ? `url(#${prefix}-${s})` : STATE_STYLE[s].fill;

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
      <pattern id={`${prefix}-gap`} width={6} height={6} patternUnits="userSpaceOnUse">
        <rect width={6} height={6} fill={STATE_STYLE.gap.fill} />
        <rect width={2} height={6} fill={GAP_STRIPE} />
      </pattern>
    </defs>
  );
}

/** The legend: a swatch and a name per state. */
export function StateLegend({ prefix, name }: { prefix: string; name: (s: DayState) => string }) {
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
    </ul>
  );
}
