/** Effective ends, rule limits and statuses of interventions (section 3). */
import { type KindDef, ruleInForce } from './catalogue';
import { type IsoDate, addMonths, decisionEnd } from './dates';
import type { Intervention } from './schema';

export type EffectiveEnd = { end: IsoDate | null; projected: boolean };

/**
 * 1. `end`; 2. `plannedEnd` plus every extension, one after another; 3. the kind's
 * decision length from `start`, plus the extensions; 4. open-ended (null).
 */
export function effectiveEnd(iv: Intervention, kind: KindDef | undefined, birthYear?: number): EffectiveEnd {
  if (iv.end !== undefined) return { end: iv.end, projected: false };
  const extend = (from: IsoDate) => (iv.extensions ?? []).reduce((d, x) => addMonths(d, x.months), from);
  if (iv.plannedEnd !== undefined) return { end: extend(iv.plannedEnd), projected: true };
  const perDecision = kind ? ruleInForce(kind, iv.start, birthYear).maxMonthsPerDecision : undefined;
  if (perDecision !== undefined) return { end: extend(decisionEnd(iv.start, perDecision)), projected: true };
  return { end: null, projected: false };
}

/** `start + maxTotalMonths - 1 day` under the rule in force on `start`, or null. */
export function ruleLimit(iv: Intervention, kind: KindDef | undefined, birthYear?: number): IsoDate | null {
  if (!kind) return null;
  const total = ruleInForce(kind, iv.start, birthYear).maxTotalMonths;
  return total === undefined ? null : decisionEnd(iv.start, total);
}

export type Status = 'planned' | 'ongoing' | 'ended' | 'cancelled';

export function statusOn(iv: Intervention, end: IsoDate | null, asOf: IsoDate): Status {
  if (iv.cancelled) return 'cancelled';
  if (iv.start > asOf) return 'planned';
  if (end !== null && end < asOf) return 'ended';
  return 'ongoing';
}

/** The largest whole number of months m with `end + m months <= limit`. */
export function headroomMonths(end: IsoDate, limit: IsoDate): number {
  if (end > limit) return 0;
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const [ly, lm] = [Number(limit.slice(0, 4)), Number(limit.slice(5, 7))];
  let m = Math.max(0, (ly - ey) * 12 + (lm - em));
  while (m > 0 && addMonths(end, m) > limit) m--;
  while (addMonths(end, m + 1) <= limit) m++;
  return m;
}
