/**
 * What was known on the reference day about one wait after a försteg (section 7,
 * "Observations"): not at risk (its first day of waiting is after `asOf`, or the journey
 * closed before it), an event (the next step had begun by `asOf`) or censored (still waiting,
 * the next step only planned, or the journey closed while waiting). A planned start is not a
 * start.
 */
import type { Analysis, ForstegWait } from '../analyze';
import { dayNumber } from '../dates';
import type { Journey } from '../schema';

export type Observation =
  { kind: 'noNextStep' } | { kind: 'notAtRisk' } | { kind: 'event'; time: number } | { kind: 'censored'; time: number };

/** The observation of wait `w` of a journey and its analysis, as known on `asOf`. */
export function observe(journey: Journey, analysis: Analysis, w: ForstegWait, asOf: string): Observation {
  if (w.noNextStep) return { kind: 'noNextStep' };
  const ref = dayNumber(asOf);
  const forsteg = analysis.interventions.find((i) => i.id === w.forsteg);
  // A wait entry exists only for a försteg with a finite effective end (section 4).
  const end = forsteg?.effectiveEnd;
  if (!end) throw new RangeError(`wait after ${w.forsteg} has no försteg with an effective end`);
  const d = dayNumber(end) + 1;
  if (d > ref) return { kind: 'notAtRisk' };
  if (journey.closed && dayNumber(journey.closed.date) < d) return { kind: 'notAtRisk' };
  const next = journey.interventions.find((i) => i.id === w.next);
  const n = next ? Math.max(d, dayNumber(next.start)) : null;
  if (!w.open && n !== null && n <= ref) return { kind: 'event', time: w.days };
  // Censored at min(R, asOf) - D + 1, R being the last day of the wait as the analysis sees it (section 7).
  // In every censored case R is at or after the earlier of asOf and the horizon's end: a wait of days > 0 is
  // the gap from D, which ends on the horizon's end when open, else the day before its next step, and that
  // step starts after asOf (else it is an event); a 0-day wait's R is N - 1 with N after asOf, or the horizon's
  // end. So the time is min(the horizon's end, asOf) - D + 1. Never past the horizon (section 4: nothing
  // outside it is counted) is the reading for a journey closed a few days into a wait dropped as short with
  // its next step planned after the closing, whose R (N - 1) would else have it waiting up to asOf (pinned in
  // observations.mutants.test.ts).
  const to = analysis.horizon ? dayNumber(analysis.horizon.to) : ref;
  return { kind: 'censored', time: Math.min(to, ref) - d + 1 };
}
