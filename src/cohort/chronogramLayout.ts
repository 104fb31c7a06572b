/**
 * The aligned state distribution (a chronogram, as TraMineR's seqdplot draws it): for each
 * day offset from the anchor, how many journeys are in each state, stacked. Pure: the
 * alignment in, one area per state out.
 */
import { scaleLinear } from 'd3-scale';
import { type SeriesPoint, area, stack } from 'd3-shape';
import { type AlignedDay, type Alignment, DAY_STATES, type DayState } from '../domain';
import { type Frame, type Tick, innerHeight } from './frame';

export type ChronogramMarks = {
  /** One area per state, and `hidden` on top: on a day whose counts the rule hides, those states together. */
  areas: { state: DayState | 'hidden'; path: string }[];
  /** Days on which some state's count is hidden (drawn in the `hidden` area, not as exact areas). */
  hiddenDays: number;
  xTicks: Tick[];
  yTicks: Tick[];
  anchorX: number;
  x: (offset: number) => number;
};

/** Drawn bottom up: work first, then activity, the grey zone, gaps, and what lies outside. */
export const STACK_ORDER: readonly DayState[] = DAY_STATES;

type Stacked = Record<DayState | 'hidden', number> & { offset: number };

/**
 * `isHidden(offset, state)`: whether the small-cell rule hides that day's count of that state
 * (the chronogram's view over every day drawn, `chronogramView`). A hidden count is not drawn
 * as an exact area: on that day its state has no height of its own and the hidden states
 * together make one area on top, whose height (the journeys included less the counts shown)
 * the published numbers give anyway.
 */
export function chronogramLayout(
  alignment: Alignment,
  f: Frame,
  isHidden: (offset: number, state: DayState) => boolean = () => false,
): ChronogramMarks {
  const days = alignment.days;
  const from = days[0]?.offset ?? 0;
  const to = days[days.length - 1]?.offset ?? 0;
  const x = scaleLinear()
    .domain([from, to])
    .range([f.left, f.width - f.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, alignment.included)])
    .range([f.top + innerHeight(f), f.top]);
  let hiddenDays = 0;
  const rows = days.map((d): Stacked => {
    const row = { offset: d.offset, hidden: 0 } as Stacked;
    for (const s of STACK_ORDER) {
      const hide = isHidden(d.offset, s);
      row[s] = hide ? 0 : d[s];
      if (hide) row.hidden += d[s];
    }
    if (STACK_ORDER.some((s) => isHidden(d.offset, s))) hiddenDays++;
    return row;
  });
  const keys = hiddenDays > 0 ? [...STACK_ORDER, 'hidden' as const] : [...STACK_ORDER];
  const series = stack<Stacked, DayState | 'hidden'>().keys(keys)(rows);
  const shape = area<SeriesPoint<Stacked>>()
    .x((p) => x(p.data.offset))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  const step = to - from > 360 ? 90 : 30;
  const xTicks: Tick[] = [];
  for (let o = Math.ceil(from / step) * step; o <= to; o += step) xTicks.push({ value: o, at: x(o) });
  return {
    areas: series.map((s) => ({ state: s.key, path: shape(s) ?? '' })),
    hiddenDays,
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, at: y(value) })),
    anchorX: x(0),
    x,
  };
}

/** The counts at one offset, for the data attributes and the table (null outside the range). */
export function countsAt(alignment: Alignment, offset: number): AlignedDay | null {
  const first = alignment.days[0]?.offset;
  return first === undefined ? null : (alignment.days[offset - first] ?? null);
}

/** The days the table shows: the range's ends, the anchor, and a few between. */
export function tableOffsets(from: number, to: number): number[] {
  const picks = [from, -90, -30, 0, 30, 90, 180, to].filter((o) => o >= from && o <= to);
  return [...new Set(picks)].sort((a, b) => a - b);
}
