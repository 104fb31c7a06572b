/**
 * Sickness milestones (rehabiliteringskedjan, socialförsäkringsbalken 27 kap. 46–49 §§), as
 * docs/format.md ("Sickness milestones") defines them: sjukpenning spells joined into sickness periods
 * across breaks of at most 89 days (27 kap. 51 §), and the dates on which a period's counted
 * days reach 90, 180 and 365. Interval arithmetic: the days are never walked one by one.
 */
import { type DayNumber, dayNumber, isoDate } from './dates';
import { union, type Interval } from './intervals';
import { LAST_DAY } from './lastDay';

export const MILESTONE_DAYS = [90, 180, 365] as const;
export type MilestoneDay = (typeof MILESTONE_DAYS)[number];
/** Breaks of at most this many days without sjukpenning join one sickness period. */
export const MAX_BREAK_DAYS = 89;
const LAST = dayNumber(LAST_DAY);

export type SicknessMilestone = {
  day: MilestoneDay;
  date: string;
  interventions: string[];
  /** An intervention of category `anstallning` covers the period's first counted day. */
  employed: boolean;
  future: boolean;
  upcoming: boolean;
};

/**
 * A non-cancelled sjukpenning intervention: its file position and covered days, from its
 * first day of sickness (`sickFrom`, else `start`) to its effective end.
 */
export type SicknessSpell = { id: string; index: number; start: DayNumber; end: DayNumber };

/** Spells grouped into sickness periods, each in order of `start` (ties by file order). */
export function sicknessPeriods(spells: readonly SicknessSpell[]): SicknessSpell[][] {
  const ordered = [...spells].sort(
    (a, b) =>
      a.start - b.start ||
      // Stryker disable next-line ArithmeticOperator: equivalent: spells with the same first day always fall in one period (the second starts on or before L), and the ids are listed in file order anyway
      a.index - b.index,
  );
  const periods: SicknessSpell[][] = [];
  // Stryker disable next-line UnaryOperator: equivalent: the first spell opens a period without reading `last`, and sets it
  let last = -Infinity;
  for (const s of ordered) {
    const current = periods[periods.length - 1];
    // An overlap, or a spell after an open-ended one (last = Infinity), always joins.
    if (current && s.start - last - 1 <= MAX_BREAK_DAYS) {
      current.push(s);
      last = Math.max(last, s.end);
    } else {
      periods.push([s]);
      last = s.end;
    }
  }
  return periods;
}

/** The Nth covered day of a union of intervals (1-based), or null when they hold fewer. */
function nthDay(covered: readonly Interval[], n: number): DayNumber | null {
  let left = n;
  for (const c of covered) {
    const length = c.end - c.start + 1;
    if (left <= length) return c.start + left - 1;
    left -= length;
  }
  return null;
}

/**
 * Every milestone of every period, by `date` then `day`. `upcoming` when its date lies in
 * `[asOf, asOf + horizonDays]`, the journey is not closed and the period is `employed`
 * (`employedOn` its first counted day): without an employment the work capacity is judged
 * against the whole labour market from the first day (SFB 27 kap. 46 §), so the day-90 and
 * day-180 steps do not apply and nothing is upcoming.
 */
export function sicknessMilestones(
  spells: readonly SicknessSpell[],
  asOf: DayNumber,
  horizonDays: number,
  closed: boolean,
  employedOn: (day: DayNumber) => boolean,
): SicknessMilestone[] {
  const out: { m: SicknessMilestone; at: DayNumber }[] = [];
  for (const period of sicknessPeriods(spells)) {
    const covered = union(period);
    // A period holds at least one spell and a spell covers at least its first day: `covered` is never empty.
    const employed = employedOn(covered[0].start);
    const ids = [...period].sort((a, b) => a.index - b.index).map((s) => s.id);
    for (const day of MILESTONE_DAYS) {
      const at = nthDay(covered, day);
      // The calendar ends on 9999-12-31: a milestone after it is not a date Resan can show.
      if (at === null || at > LAST) break;
      out.push({
        at,
        m: {
          day,
          date: isoDate(at),
          interventions: ids,
          employed,
          future: at > asOf,
          upcoming: employed && !closed && at >= asOf && at <= asOf + horizonDays,
        },
      });
    }
  }
  // Stryker disable next-line MethodExpression,ArrowFunction,ConditionalExpression,ArithmeticOperator: equivalent: the milestones are made in date order already (periods come in order of first day and lie over 89 days apart, and within a period day 90 comes before 180 and 365); the sort states the contract's order
  const ordered = out.sort((a, b) => a.at - b.at || a.m.day - b.m.day);
  return ordered.map((x) => x.m);
}
