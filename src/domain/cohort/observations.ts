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
  const next = w.next === null ? undefined : journey.interventions.find((i) => i.id === w.next);
  const n = next ? Math.max(d, dayNumber(next.start)) : null;
  if (!w.open && n !== null && n <= ref) return { kind: 'event', time: w.days };
  // R: the last day of the wait as the analysis sees it.
  const to = analysis.horizon ? dayNumber(analysis.horizon.to) : ref;
  const r = w.days > 0 ? d + w.days - 1 : n !== null ? n - 1 : to;
  return { kind: 'censored', time: Math.min(r, ref) - d + 1 };
}
