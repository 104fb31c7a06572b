/**
 * The sentences the details say about how an intervention's days and longest time were
 * counted (issue 21): a sjukpenning's first day of sickness (SFB 27 kap. 51 §), an
 * introduktionsjobb's earlier time (förordningen (2018:42), 11 §), aktivitetsersättning's
 * age limit (SFB 33 kap.), and what a sickness period's milestones mean with and without an
 * employment (27 kap. 46–49 §§). Pure: message keys and values, put into words by `t`.
 */
import {
  type Analysis,
  type Intervention,
  type Journey,
  type KindDef,
  SICKNESS_KIND,
  dayNumber,
  lastDayBeforeAge,
  ruleContext,
  ruleLimit,
  sicknessFirstDay,
} from '../domain';

/** A message of the catalogue with its values; dates are ISO days, formatted by the caller. */
export type Note = { key: NoteKey; values: Record<string, string | number>; dates?: readonly string[] };

export type NoteKey =
  | 'law.notes.countedFromSickFrom'
  | 'law.notes.countedFromStart'
  | 'law.notes.earlierTime'
  | 'law.notes.untilAge'
  | 'law.notes.untilAgeYearOnly'
  | 'law.notes.untilAgeNoBirthYear';

/**
 * Days of earlier introduktionsjobb time that shortened this one's longest time: the rule
 * limit without the earlier time minus the one with it (0 when none counted).
 */
export function earlierTimeDays(
  journey: Journey,
  iv: Intervention,
  kind: KindDef | undefined,
  kinds: ReadonlyMap<string, KindDef>,
): number {
  if (!kind?.earlierTimeCounts) return 0;
  const context = ruleContext(journey, kinds);
  const withEarlier = ruleLimit(iv, kind, context);
  const without = ruleLimit(iv, kind, { ...context, earlier: new Map() });
  if (withEarlier === null || without === null) return 0;
  return dayNumber(without) - dayNumber(withEarlier);
}

/** What the details say about how this intervention's days and longest time were counted. */
export function interventionNotes(
  journey: Journey,
  iv: Intervention,
  kind: KindDef | undefined,
  kinds: ReadonlyMap<string, KindDef>,
): Note[] {
  const notes: Note[] = [];
  if (iv.kind === SICKNESS_KIND) {
    const first = sicknessFirstDay(iv);
    notes.push(
      first < iv.start
        ? { key: 'law.notes.countedFromSickFrom', values: { date: first }, dates: ['date'] }
        : { key: 'law.notes.countedFromStart', values: { date: iv.start }, dates: ['date'] },
    );
  }
  const earlier = earlierTimeDays(journey, iv, kind, kinds);
  if (earlier > 0) notes.push({ key: 'law.notes.earlierTime', values: { count: earlier } });
  if (kind?.untilAge !== undefined) {
    const birthYear = journey.participant.birthYear;
    notes.push({ key: 'law.notes.untilAge', values: { age: kind.untilAge } });
    notes.push(
      birthYear === undefined
        ? { key: 'law.notes.untilAgeNoBirthYear', values: {} }
        : {
            key: 'law.notes.untilAgeYearOnly',
            values: { birthYear, date: lastDayBeforeAge(birthYear, kind.untilAge) },
            dates: ['date'],
          },
    );
  }
  return notes;
}

/** The milestones of the sickness period an intervention belongs to, and whether the period began in an employment. */
export function periodOf(id: string, analysis: Analysis) {
  const milestones = analysis.sicknessMilestones.filter((m) => m.interventions.includes(id));
  return { milestones, employed: milestones.some((m) => m.employed) };
}
