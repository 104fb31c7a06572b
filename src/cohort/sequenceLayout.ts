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

/** Rows a packed key can order: each row's place takes the low 21 bits of its key (see `sortSequences`). */
const PLACES = 2 ** 21;

/** An ISO date as a number in the same order (not a day count): year, month and day in their own bits. */
function dateKey(iso: string): number {
  return Number(iso.slice(0, 4)) * 512 + Number(iso.slice(5, 7)) * 32 + Number(iso.slice(8, 10));
}

/** Journeys with an anchor, sorted: longest wait or most grey-zone days first, or by anchor date; ties by cohort order. */
export function sortSequences(facts: readonly JourneyFacts[], sort: SequenceSort): JourneyFacts[] {
  const rows = facts.filter((f) => f.anchor !== null);
  const key = (f: JourneyFacts) =>
    sort === 'wait' ? -f.longestWait : sort === 'greyZone' ? -f.greyZoneDays : dateKey(f.anchor as string);
  // Each row's key and its place packed in one exact number (key × PLACES + place, under 2^53) and
  // sorted as numbers, with no comparator: 100,000 rows took 40-50 ms of the page with one (issue #26).
  // The place orders ties, which is the cohort order when the rows come in it (as the workers give them).
  const packed = new Float64Array(rows.length);
  let exact = rows.length < PLACES;
  for (let i = 0; i < rows.length && exact; i++) {
    const k = key(rows[i]);
    exact = Number.isInteger(k) && Math.abs(k) < 2 ** 31 && (i === 0 || rows[i - 1].index < rows[i].index);
    packed[i] = k * PLACES + i;
  }
  if (exact) return Array.from(packed.sort(), (v) => rows[v - Math.floor(v / PLACES) * PLACES]);
  // Otherwise (rows out of cohort order, a key that is not a whole number): each key once, then the places
  // sorted with a comparator that reads two arrays.
  const keys: (number | string)[] = rows.map((f) => (sort === 'anchor' ? (f.anchor as string) : key(f)));
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
