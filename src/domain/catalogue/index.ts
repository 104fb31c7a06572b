/**
 * The built-in catalogue: actors and intervention kinds with their statutory rules and
 * sources, from shared/domain-rules.md (the law as it stands in 2026). Labels here are the
 * catalogue's own data (Swedish and English); the UI shows them in the chosen language.
 *
 * This is the one place a rule lives. A change in the law is a change to one entry in this folder
 * (its maximums, `periods`, `review`, `countsFrom` and `source`); the analysis, the details,
 * the form's kind picker and the "Regler och källor" page all read it from here.
 *
 * The kinds are kept by area, in the order the kind picker and the rules page list them:
 * `preparation.ts`, `education.ts`, `employment.ts`, `programmesAndBenefits.ts`; the types in
 * `types.ts`, the actors in `actors.ts`. This file puts them together and answers the
 * questions about a kind's rules.
 */
import type { IsoDate } from '../dates';
import { BUILT_IN_ACTORS } from './actors';
import { EDUCATION_KINDS } from './education';
import { EMPLOYMENT_KINDS } from './employment';
import { PREPARATION_KINDS } from './preparation';
import { PROGRAMME_AND_BENEFIT_KINDS } from './programmesAndBenefits';
import type { KindDef, RulePeriod } from './types';

export { BUILT_IN_ACTORS } from './actors';
export { CATEGORIES } from './types';
export type { ActorDef, Category, KindDef, Label, RulePeriod } from './types';

const kinds = [...PREPARATION_KINDS, ...EDUCATION_KINDS, ...EMPLOYMENT_KINDS, ...PROGRAMME_AND_BENEFIT_KINDS];

export const BUILT_IN_KINDS: readonly KindDef[] = kinds.map(({ sv, en, ...rest }) => ({
  ...rest,
  label: { sv, en },
  builtIn: true,
}));

export const BUILT_IN_ACTOR_IDS: ReadonlySet<string> = new Set(BUILT_IN_ACTORS.map((a) => a.id));
export const BUILT_IN_KIND_IDS: ReadonlySet<string> = new Set(BUILT_IN_KINDS.map((k) => k.id));

/** Whether interventions of this kind are activities (section 3). */
export function isActivityKind(kind: Pick<KindDef, 'category' | 'activity'>): boolean {
  if (kind.activity !== undefined) return kind.activity;
  return kind.category !== 'program' && kind.category !== 'ersattning';
}

const inPeriod = (p: RulePeriod, day: IsoDate) =>
  (p.from === undefined || day >= p.from) && (p.to === undefined || day <= p.to);

/**
 * The maximums in force for an intervention of `kind` starting on `start`: the period valid
 * on `start`, or a `byDecision` period in which one of `decidedOn` lies (section 3).
 */
export function ruleInForce(
  kind: KindDef,
  start: IsoDate,
  birthYear?: number,
  decidedOn: readonly (IsoDate | undefined)[] = [],
): { maxMonthsPerDecision?: number; maxTotalMonths?: number } {
  let { maxMonthsPerDecision, maxTotalMonths } = kind;
  // Stryker disable next-line ArrayDeclaration: equivalent: a string has no bounds and no maximums
  for (const p of kind.periods ?? []) {
    // A decision with no date tells no more than the start (already not in the period).
    if (inPeriod(p, start) || (p.byDecision && decidedOn.some((d) => inPeriod(p, d ?? start)))) {
      if (p.maxMonthsPerDecision !== undefined) maxMonthsPerDecision = p.maxMonthsPerDecision;
      if (p.maxTotalMonths !== undefined) maxTotalMonths = p.maxTotalMonths;
    }
  }
  if (
    kind.youthMaxTotalMonths !== undefined &&
    // Stryker disable next-line ConditionalExpression: equivalent: without it the age is NaN, which matches no age
    birthYear !== undefined
  ) {
    const age = Number(start.slice(0, 4)) - birthYear;
    if (age >= YOUTH_AGE.from && age <= YOUTH_AGE.to) maxTotalMonths = kind.youthMaxTotalMonths;
  }
  return { maxMonthsPerDecision, maxTotalMonths };
}

/** Ages (start year − birthYear) that get a kind's youth maximum: 20–24 (förordning 2018:43). */
export const YOUTH_AGE = { from: 20, to: 24 } as const;

/**
 * With only a birth year, the actual age at start is one of two: start year − birthYear or
 * one less. At 20 and 25 the youth rule may go either way (the app warns: `ageUncertain`).
 */
export function youthAgeUncertain(kind: KindDef, start: IsoDate, birthYear: number | undefined): boolean {
  if (
    kind.youthMaxTotalMonths === undefined ||
    // Stryker disable next-line ConditionalExpression: equivalent: without it the age is NaN, which is neither 20 nor 25
    birthYear === undefined
  )
    return false;
  const age = Number(start.slice(0, 4)) - birthYear;
  return age === YOUTH_AGE.from || age === YOUTH_AGE.to + 1;
}

/** Whether a kind was available on a date (outside: warn, still draw). */
export function isAvailableOn(kind: KindDef, date: IsoDate): boolean {
  const a = kind.available;
  if (!a) return true;
  return (a.from === undefined || date >= a.from) && (a.to === undefined || date <= a.to);
}
