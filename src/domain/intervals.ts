/** Inclusive day intervals: union, complement and clipping, without walking days. */
import type { DayNumber } from './dates';

/** `[start, end]`, both inclusive; `end` may be `Infinity` for open-ended. */
export type Interval = { start: DayNumber; end: DayNumber };

/** Sorted, merged union; touching intervals ([1,3] and [4,6]) merge. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end >= i.start).sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end + 1) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

export function clip(i: Interval, within: Interval): Interval | null {
  const start = Math.max(i.start, within.start);
  const end = Math.min(i.end, within.end);
  return end >= start ? { start, end } : null;
}

/** The days of `within` that no interval covers, as maximal runs. */
export function complement(intervals: readonly Interval[], within: Interval): Interval[] {
  const covered = union(intervals.map((i) => clip(i, within)).filter((i): i is Interval => i !== null));
  const out: Interval[] = [];
  let cursor = within.start;
  for (const c of covered) {
    if (c.start > cursor) out.push({ start: cursor, end: c.start - 1 });
    cursor = Math.max(cursor, c.end + 1);
  }
  if (cursor <= within.end) out.push({ start: cursor, end: within.end });
  return out;
}

export function totalDays(intervals: readonly Interval[]): number {
  return union(intervals).reduce((sum, i) => sum + (i.end - i.start + 1), 0);
}

export function covers(i: Interval, day: DayNumber): boolean {
  return i.start <= day && day <= i.end;
}
