/**
 * "Slut ej registrerat": an intervention whose decided end has passed with no actual end. Kept
 * beside the analysis (not in it), so that the analysis stays as the format's examples give it.
 */
import type { Analysis } from './analyze';
import type { IsoDate } from './dates';
import type { Intervention, Journey } from './schema';

/**
 * No actual end, and the end in the decision (`plannedEnd` with its extensions) is before the
 * reference day. An end that only the rule projects (no decided end) is not a claim of this.
 */
export function endUnrecorded(
  iv: Pick<Intervention, 'end' | 'plannedEnd' | 'cancelled'>,
  eff: { end: IsoDate | null; projected: boolean },
  asOf: IsoDate | null,
): boolean {
  if (iv.cancelled || iv.end !== undefined || iv.plannedEnd === undefined) return false;
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent: a date compared with null is false in JavaScript, as this guard is (`if (true)`, killed, is covered too)
  if (eff.end === null || asOf === null) return false;
  return eff.end < asOf;
}

/** The ids of the journey's interventions whose decided end passed unrecorded on `asOf`. */
export function unrecordedEnds(journey: Journey, analysis: Analysis, asOf: IsoDate | null): Set<string> {
  const out = new Set<string>();
  journey.interventions.forEach((iv, i) => {
    const a = analysis.interventions[i];
    if (a && endUnrecorded(iv, { end: a.effectiveEnd, projected: a.projected }, asOf)) out.add(iv.id);
  });
  return out;
}
