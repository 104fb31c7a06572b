/**
 * The sequence index plot (TraMineR's seqIplot): one thin row per journey, its days coloured
 * by state around the anchor, rows sorted by the coordinator's choice. Pure: facts in, the
 * sorted rows and their scale out; one rectangle per run on demand (`sequenceRects`, for SVG),
 * so that a canvas of 100,000 rows draws from the rows in slices and no task makes them all.
 */
import { scaleLinear } from 'd3-scale';
import type { DayState } from '../domain';
import type { JourneyFacts } from '../domain/cohort/facts';
import type { Frame } from './frame';

export const SORTS = ['wait', 'greyZone', 'anchor'] as const;
export type SequenceSort = (typeof SORTS)[number];

export type SequenceRect = { row: number; x: number; width: number; state: DayState };
export type SequenceMarks = {
  rows: JourneyFacts[];
  rowHeight: number;
  /** A day offset from the anchor to x. */
  x: (day: number) => number;
  y: (row: number) => number;
};

/** Journeys with an anchor, sorted: longest wait or most grey-zone days first, or by anchor date; ties by cohort order. */
export function sortSequences(facts: readonly JourneyFacts[], sort: SequenceSort): JourneyFacts[] {
  const rows = facts.filter((f) => f.anchor !== null);
  // Each key once, then positions sorted (a comparator that reads two arrays).
  const keys: (number | string)[] = rows.map((f) =>
    sort === 'wait' ? -f.longestWait : sort === 'greyZone' ? -f.greyZoneDays : (f.anchor as string),
  );
  const order = rows.map((_, i) => i);
  order.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    return ka < kb ? -1 : ka > kb ? 1 : rows[a].index - rows[b].index;
  });
  return order.map((i) => rows[i]);
}

export function sequenceLayout(
  facts: readonly JourneyFacts[],
  sort: SequenceSort,
  window: { from: number; to: number },
  f: Frame,
): SequenceMarks {
  const rows = sortSequences(facts, sort);
  const x = scaleLinear()
    .domain([window.from, window.to + 1])
    .range([f.left, f.width - f.right]);
  const rowHeight = (f.height - f.top - f.bottom) / Math.max(1, rows.length);
  return { rows, rowHeight, x, y: (row) => f.top + row * rowHeight };
}

/** The rectangles of rows `from` up to `to` (all by default): one per state run. */
export function sequenceRects(m: SequenceMarks, from = 0, to = m.rows.length): SequenceRect[] {
  const rects: SequenceRect[] = [];
  for (let row = from; row < Math.min(to, m.rows.length); row++)
    for (const r of m.rows[row].runs)
      rects.push({ row, x: m.x(r.from), width: m.x(r.to + 1) - m.x(r.from), state: r.state });
  return rects;
}

/** The row under a point of the plot, or null. */
export function rowAt(marks: SequenceMarks, y: number): number | null {
  const row = Math.floor((y - marks.y(0)) / marks.rowHeight);
  return row >= 0 && row < marks.rows.length ? row : null;
}
