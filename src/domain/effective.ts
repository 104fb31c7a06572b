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
  const perDecision = kind ? ruleOf(iv, kind, birthYear).maxMonthsPerDecision : undefined;
  if (perDecision !== undefined) return { end: extend(decisionEnd(iv.start, perDecision)), projected: true };
  return { end: null, projected: false };
}

/** The maximums in force for this intervention: its start and its extensions' decision dates. */
export function ruleOf(iv: Pick<Intervention, 'start' | 'extensions'>, kind: KindDef, birthYear?: number) {
  return ruleInForce(
    kind,
    iv.start,
    birthYear,
    (iv.extensions ?? []).map((x) => x.decidedOn),
  );
}

/** What a journey contributes to its interventions' rule limits. */
export type RuleContext = {
  birthYear?: number;
  /** The earliest `start` of each kind among the non-cancelled interventions. */
  firstStart: ReadonlyMap<string, IsoDate>;
};

export function ruleContext(journey: {
  participant: { birthYear?: number };
  interventions: Intervention[];
}): RuleContext {
  const firstStart = new Map<string, IsoDate>();
  for (const iv of journey.interventions) {
    if (iv.cancelled) continue;
    const seen = firstStart.get(iv.kind);
    if (seen === undefined || iv.start < seen) firstStart.set(iv.kind, iv.start);
  }
  return { birthYear: journey.participant.birthYear, firstStart };
}

/**
 * `start + maxTotalMonths - 1 day` under the rule in force (section 3), or null. A kind that
 * `countsFrom` its first start (sfi) counts from `max(F, notBefore)` instead, F being the
 * journey's earliest non-cancelled start of the kind (the intervention's own when cancelled).
 */
export function ruleLimit(iv: Intervention, kind: KindDef | undefined, context: RuleContext): IsoDate | null {
  if (!kind) return null;
  const total = ruleOf(iv, kind, context.birthYear).maxTotalMonths;
  if (total === undefined) return null;
  let from = iv.start;
  if (kind.countsFrom) {
    const first = iv.cancelled ? iv.start : (context.firstStart.get(kind.id) ?? iv.start);
    from = first > kind.countsFrom.notBefore ? first : kind.countsFrom.notBefore;
  }
  return decisionEnd(from, total);
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
