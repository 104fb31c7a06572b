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
  let to: IsoDate = ''; // before every date
  const see = (d: IsoDate | undefined) => {
    if (!d) return;
    // Stryker disable next-line EqualityOperator: a date on the reference day is the reference day either way
    const day = d > asOf ? asOf : d;
    // Stryker disable next-line EqualityOperator: an equal date leaves the same value
    if (from === null || day < from) from = day;
    // Stryker disable next-line EqualityOperator: an equal date leaves the same value
    if (day > to) to = day;
  };
  for (const j of journeys) {
    for (const iv of j.interventions) {
      see(iv.start);
      see(iv.end ?? iv.plannedEnd);
    }
    // Stryker disable next-line ArrayDeclaration: an element that is not a mandate has no start or end, so it is passed over
    for (const m of j.mandates ?? []) {
      see(m.start);
      see(m.end);
    }
    see(j.closed?.date);
  }
  return from === null ? null : { from, to };
}

/** The span of two parts together. */
export function mergeSpans(a: Span | null, b: Span | null): Span | null {
  if (a === null) return b;
  if (b === null) return a;
  // Stryker disable next-line EqualityOperator: equal dates give the same value from either side
  return { from: a.from < b.from ? a.from : b.from, to: a.to > b.to ? a.to : b.to };
}
