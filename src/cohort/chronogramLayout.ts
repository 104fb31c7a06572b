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
  areas: { state: DayState; path: string }[];
  xTicks: Tick[];
  yTicks: Tick[];
  anchorX: number;
  x: (offset: number) => number;
};

/** Drawn bottom up: work first, then activity, the grey zone, gaps, and what lies outside. */
export const STACK_ORDER: readonly DayState[] = DAY_STATES;

export function chronogramLayout(alignment: Alignment, f: Frame): ChronogramMarks {
  const days = alignment.days;
  const from = days[0]?.offset ?? 0;
  const to = days[days.length - 1]?.offset ?? 0;
  const x = scaleLinear()
    .domain([from, to])
    .range([f.left, f.width - f.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, alignment.included)])
    .range([f.top + innerHeight(f), f.top]);
  const series = stack<AlignedDay, DayState>().keys(STACK_ORDER)(days);
  const shape = area<SeriesPoint<AlignedDay>>()
    .x((p) => x(p.data.offset))
    .y0((p) => y(p[0]))
    .y1((p) => y(p[1]));
  const step = to - from > 360 ? 90 : 30;
  const xTicks: Tick[] = [];
  for (let o = Math.ceil(from / step) * step; o <= to; o += step) xTicks.push({ value: o, at: x(o) });
  return {
    areas: series.map((s) => ({ state: s.key, path: shape(s) ?? '' })),
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
