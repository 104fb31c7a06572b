/**
 * The period a cohort's journeys cover, for a report's "period" fields: the first and the last
 * date in their interventions and mandates (and a closed journey's closing day), a date after the
 * reference day counted as the reference day (a plan after it is not yet in the data). Mergeable:
 * the span of two parts is the span of the whole, so the workers find it in the figures' pass,
 * chunk by chunk (issue #26: scanning 100,000 journeys on the page was its longest task).
 */
import type { IsoDate } from '../dates';
import type { Journey } from '../schema';

export type Span = { from: IsoDate; to: IsoDate };

/** The first and the last date in the journeys, the last no later than `asOf`; null when they hold no date. */
export function journeySpan(journeys: readonly Journey[], asOf: IsoDate): Span | null {
  let from: IsoDate | null = null;
  let to: IsoDate | null = null;
  const see = (d: IsoDate | undefined) => {
    if (!d) return;
    const day = d > asOf ? asOf : d;
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  };
  for (const j of journeys) {
    for (const iv of j.interventions) {
      see(iv.start);
      see(iv.end ?? iv.plannedEnd);
    }
    for (const m of j.mandates ?? []) {
      see(m.start);
      see(m.end);
    }
    see(j.closed?.date);
  }
  return from === null || to === null ? null : { from, to };
}

/** The span of two parts together. */
export function mergeSpans(a: Span | null, b: Span | null): Span | null {
  if (a === null) return b;
  if (b === null) return a;
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}
