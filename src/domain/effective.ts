/** Effective ends, rule limits and statuses of interventions (section 3). */
import { type KindDef, ruleInForce } from './catalogue';
import { type DayNumber, type IsoDate, addDays, addMonths, dayNumber, decisionEnd, isIsoDate } from './dates';
import { type Interval, union } from './intervals';
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
    // Stryker disable next-line ArrayDeclaration: equivalent: a list of one string gives one undefined decision date, which ruleInForce passes over, as it does an empty list
    (iv.extensions ?? []).map((x) => x.decidedOn),
  );
}

/**
 * Whether an intervention runs beside the main line of the journey (section 3): its own
 * `parallel`, else its kind's (språkstöd), else an sfi with `extent` below 50; else not.
 */
export function isParallel(
  iv: { parallel?: unknown; extent?: unknown },
  kind: Pick<KindDef, 'parallel' | 'parallelBelowExtent'> | undefined,
): boolean {
  if (typeof iv.parallel === 'boolean') return iv.parallel;
  if (kind?.parallel !== undefined) return kind.parallel;
  if (kind?.parallelBelowExtent !== undefined && typeof iv.extent === 'number') {
    return iv.extent < kind.parallelBelowExtent;
  }
  return false;
}

/** The kind a sjukpenning is: the one whose `sickFrom` is read (section 2). */
export const SICKNESS_KIND = 'sjukpenning';

/**
 * The first day of a sjukpenning's sickness (section 4): `sickFrom` when it is a date not
 * after `start` (a file that breaks that rule is refused), else `start`.
 */
export function sicknessFirstDay(iv: Pick<Intervention, 'start' | 'kind'> & { sickFrom?: unknown }): IsoDate {
  const from = iv.sickFrom;
  const read = iv.kind === SICKNESS_KIND && isIsoDate(from);
  // Stryker disable next-line EqualityOperator: equivalent: a `sickFrom` equal to `start` gives the same day either way
  return read && from < iv.start ? from : iv.start;
}

/** True when the intervention's dates and extensions are well-formed enough to compute with. */
export function computable(iv: Record<string, unknown>): iv is Record<string, unknown> & Intervention {
  const date = (v: unknown) => v === undefined || isIsoDate(v);
  const extensions = iv.extensions;
  return (
    isIsoDate(iv.start) &&
    date(iv.end) &&
    date(iv.plannedEnd) &&
    (extensions === undefined ||
      (Array.isArray(extensions) &&
        extensions.every(
          (x: unknown) =>
            x !== null &&
            // Stryker disable next-line ConditionalExpression: equivalent: a file is JSON, so an extension that is no object is a number, string or boolean (null is refused above), none of which has an integer `months`
            typeof x === 'object' &&
            Number.isInteger((x as Record<string, unknown>).months) &&
            ((x as Record<string, unknown>).months as number) > 0,
        )))
  );
}

/** Days covered by a kind's non-cancelled interventions, as sorted runs with the days before each. */
type Coverage = { runs: Interval[]; daysBefore: number[] };

function coverage(intervals: Interval[]): Coverage {
  const runs = union(intervals);
  const daysBefore: number[] = [];
  let total = 0;
  for (const r of runs) {
    daysBefore.push(total);
    total += r.end - r.start + 1;
  }
  return { runs, daysBefore };
}

/** How many covered days lie before `day`. */
function coveredBefore(c: Coverage, day: DayNumber): number {
  let lo = 0;
  let hi = c.runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // Stryker disable next-line EqualityOperator: equivalent: a run that starts on `day` adds min(end, day - 1) - start + 1 = 0 days below
    if (c.runs[mid].start < day) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return 0;
  const last = c.runs[lo - 1];
  return c.daysBefore[lo - 1] + Math.min(last.end, day - 1) - last.start + 1;
}

/** What a journey contributes to its interventions' rule limits. */
export type RuleContext = {
  birthYear?: number;
  /** The earliest `start` of each kind among the non-cancelled interventions. */
  firstStart: ReadonlyMap<string, IsoDate>;
  /** For kinds whose earlier time counts (introduktionsjobb): their non-cancelled interventions' days. */
  earlier: ReadonlyMap<string, Coverage>;
};

/**
 * The facts of a journey that rule limits read. Works on unchecked data too (the validator
 * uses it): interventions whose dates cannot be computed with are passed over. `kinds` is
 * the journey's catalogue; without it only the built-in rules that need no kind are known.
 */
export function ruleContext(
  journey: { participant: { birthYear?: number }; interventions: Intervention[] },
  kinds?: ReadonlyMap<string, KindDef>,
): RuleContext {
  const birthYear = journey.participant.birthYear;
  const firstStart = new Map<string, IsoDate>();
  const earlierRuns = new Map<string, Interval[]>();
  for (const iv of journey.interventions) {
    if (iv.cancelled) continue;
    const seen = firstStart.get(iv.kind) ?? iv.start;
    // Stryker disable next-line EqualityOperator: equivalent: of two equal starts either is the first
    firstStart.set(iv.kind, iv.start < seen ? iv.start : seen);
    const kind = kinds?.get(iv.kind);
    if (!kind?.earlierTimeCounts || !computable(iv)) continue;
    // An end past 9999-12-31 is refused at its own intervention; its days before a later one's start still count.
    const end = effectiveEnd(iv, kind, birthYear).end;
    // Stryker disable next-line ArrayDeclaration: equivalent: a first entry that is no interval is dropped by union() (its end is not >= its start)
    const runs = earlierRuns.get(kind.id) ?? [];
    // Stryker disable next-line ConditionalExpression: equivalent: only introduktionsjobb's earlier time counts (custom kinds cannot ask it, section 2), and it has a maximum per decision, so its effective end is never null (section 3, step 3)
    runs.push({ start: dayNumber(iv.start), end: end === null ? Infinity : dayNumber(end) });
    earlierRuns.set(kind.id, runs);
  }
  const earlier = new Map([...earlierRuns].map(([k, runs]) => [k, coverage(runs)]));
  return { birthYear, firstStart, earlier };
}

/**
 * The last day the rules allow (section 3), or null:
 * - `start + maxTotalMonths - 1 day` under the rule in force;
 * - a kind that `countsFrom` its first start (sfi) counts from `max(F, notBefore)`, F being
 *   the journey's earliest non-cancelled start of the kind (the intervention's own when cancelled);
 * - a kind whose `earlierTimeCounts` (introduktionsjobb, förordning 2018:42 11 §) ends P days
 *   sooner, P being the days before `start` covered by the journey's other non-cancelled
 *   interventions of the kind (an open-ended one up to the day before `start`);
 * - a kind that ends `untilAge` (aktivitetsersättning, 30) ends at the latest on
 *   `(birthYear + untilAge)-11-30` when the birth year is known.
 * With more than one of these, the earliest.
 */
export function ruleLimit(iv: Intervention, kind: KindDef | undefined, context: RuleContext): IsoDate | null {
  if (!kind) return null;
  let limit: IsoDate | null = null;
  const total = ruleOf(iv, kind, context.birthYear).maxTotalMonths;
  if (total !== undefined) {
    let from = iv.start;
    if (kind.countsFrom) {
      const first = iv.cancelled ? iv.start : (context.firstStart.get(kind.id) ?? iv.start);
      // Stryker disable next-line EqualityOperator: equivalent: of two equal dates either is the later
      from = first > kind.countsFrom.notBefore ? first : kind.countsFrom.notBefore;
    }
    limit = decisionEnd(from, total);
    const earlier = kind.earlierTimeCounts ? context.earlier.get(kind.id) : undefined;
    if (earlier) limit = addDays(limit, -coveredBefore(earlier, dayNumber(iv.start)));
  }
  if (kind.untilAge !== undefined && context.birthYear !== undefined) {
    const byAge = lastDayBeforeAge(context.birthYear, kind.untilAge);
    limit = limit === null ? byAge : earlierOf(limit, byAge);
  }
  return limit;
}

// Stryker disable next-line StringLiteral: equivalent: birthYear is 1900-2100 (section 2), so the year has four digits and is never padded
const year = (y: number) => String(y).padStart(4, '0');

// Stryker disable next-line EqualityOperator: equivalent: of two equal dates either is the earlier
const earlierOf = (a: IsoDate, b: IsoDate) => (b < a ? b : a);

/** With only a birth year: the latest possible last day of the month before turning `age` (born in December). */
export function lastDayBeforeAge(birthYear: number, age: number): IsoDate {
  return `${year(birthYear + age)}-11-30`;
}

/** With only a birth year: the earliest possible such day (born on 1 January): the rule may end from the day after. */
export function earliestLastDayBeforeAge(birthYear: number, age: number): IsoDate {
  return `${year(birthYear + age - 1)}-12-31`;
}

export type Status = 'planned' | 'ongoing' | 'ended' | 'cancelled';

export function statusOn(iv: Intervention, end: IsoDate | null, asOf: IsoDate): Status {
  if (iv.cancelled) return 'cancelled';
  if (iv.start > asOf) return 'planned';
  if ((end ?? asOf) < asOf) return 'ended'; // an open-ended one has not ended
  return 'ongoing';
}

/**
 * The largest whole number of months m with `end + m months <= limit`, 0 when `end` is past it.
 * `end + m months` lies in the month m months on (clamped to its last day), so with m the
 * months from `end`'s month to `limit`'s, the answer is m when that day is not after `limit`,
 * else m - 1 (any day of the month before comes before `limit`).
 */
export function headroomMonths(end: IsoDate, limit: IsoDate): number {
  const [ey, em] = [Number(end.slice(0, 4)), Number(end.slice(5, 7))];
  const [ly, lm] = [Number(limit.slice(0, 4)), Number(limit.slice(5, 7))];
  const m = (ly - ey) * 12 + (lm - em);
  return Math.max(0, addMonths(end, m) <= limit ? m : m - 1);
}
