/**
 * The state of every day of a window of one journey (section 7), as runs: the first that
 * holds of unobserved, employment, activity, greyZone and gap. Interval arithmetic: the days
 * are never walked.
 */
import type { Analysis } from '../analyze';
import { dayNumber } from '../dates';
import { type Interval, clip, union } from '../intervals';
import type { Item } from './anchor';
import type { DayState } from './types';

/** `a` minus `b`, both sorted and disjoint (as `union` gives them), in one pass. */
export function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const interval of a) {
    let start = interval.start;
    // Stryker disable next-line ConditionalExpression: for speed only: from j = 0 each time, an interval of b that ends before start pushes nothing and leaves start as it is
    while (j < b.length && b[j].end < start) j++;
    let k = j;
    // Stryker disable next-line ConditionalExpression: for speed only: once start is past the interval's end, the intervals of b left push nothing (none starts after start and at or before the end)
    while (k < b.length && b[k].start <= interval.end && start <= interval.end) {
      if (b[k].start > start) out.push({ start, end: b[k].start - 1 });
      start = Math.max(start, b[k].end + 1);
      k++;
    }
    if (start <= interval.end) out.push({ start, end: interval.end });
  }
  return out;
}

function clipAll(intervals: readonly Interval[], within: Interval): Interval[] {
  return union(intervals.map((i) => clip(i, within)).filter((i): i is Interval => i !== null));
}

/** The runs of each state within `window`; together they cover it exactly once. */
export function stateRuns(items: readonly Item[], analysis: Analysis, window: Interval): Record<DayState, Interval[]> {
  const h = analysis.horizon;
  const observed = h ? clip({ start: dayNumber(h.from), end: dayNumber(h.to) }, window) : null;
  if (!observed) return { unobserved: [window], employment: [], activity: [], greyZone: [], gap: [] };
  const unobserved = subtract([window], [observed]);
  const employment = clipAll(
    items.filter((i) => i.employment),
    observed,
  );
  const active = clipAll(
    items.filter((i) => i.activity),
    observed,
  );
  const zones = clipAll(
    analysis.greyZones.map((z) => ({ start: dayNumber(z.start), end: dayNumber(z.end) })),
    observed,
  );
  const busy = union([...employment, ...active]);
  return {
    unobserved,
    employment,
    activity: subtract(active, employment),
    greyZone: subtract(zones, busy),
    gap: subtract([observed], union([...busy, ...zones])),
  };
}
