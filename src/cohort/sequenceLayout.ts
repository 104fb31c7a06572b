/**
 * The sequence index plot (TraMineR's seqIplot): one thin row per journey, its days coloured
 * by state around the anchor, rows sorted by the coordinator's choice. Pure: facts in, one
 * rectangle per run out (drawn on SVG or, for many rows, on a canvas).
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
  rects: SequenceRect[];
  y: (row: number) => number;
};

/** Journeys with an anchor, sorted: longest wait or most grey-zone days first, or by anchor date; ties by cohort order. */
export function sortSequences(facts: readonly JourneyFacts[], sort: SequenceSort): JourneyFacts[] {
  const rows = facts.filter((f) => f.anchor !== null);
  const key = (f: JourneyFacts): number | string =>
    sort === 'wait' ? -f.longestWait : sort === 'greyZone' ? -f.greyZoneDays : (f.anchor as string);
  return rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : a.index - b.index;
  });
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
  const rects: SequenceRect[] = [];
  rows.forEach((journey, row) => {
    for (const r of journey.runs) rects.push({ row, x: x(r.from), width: x(r.to + 1) - x(r.from), state: r.state });
  });
  return { rows, rowHeight, rects, y: (row) => f.top + row * rowHeight };
}

/** The row under a point of the plot, or null. */
export function rowAt(marks: SequenceMarks, y: number): number | null {
  const row = Math.floor((y - marks.y(0)) / marks.rowHeight);
  return row >= 0 && row < marks.rows.length ? row : null;
}
