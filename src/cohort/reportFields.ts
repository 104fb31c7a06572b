/**
 * What the draft's fields start with, filled from the cohort where it can: the period the
 * journeys cover (the first and the last date in them, no later than the reference day), the
 * report's date (the reference day: the day the figures were read) and the usual recipients.
 */
import type { Journey } from '../domain';
import type { ReportFields } from './lexHeller';
import type { Words } from './say';

/** The first and the last date in the journeys' interventions and mandates, the last no later than `asOf`. */
export function journeySpan(journeys: readonly Journey[], asOf: string): { from: string; to: string } | null {
  let from: string | null = null;
  let to: string | null = null;
  const see = (d: string | undefined) => {
    if (!d) return;
    const day = d > asOf ? asOf : d; // a plan after the reference day is not yet in the data
    if (from === null || day < from) from = day;
    if (to === null || day > to) to = day;
  };
  for (const j of journeys) {
    for (const iv of j.interventions) {
      see(iv.start);
      see(iv.end ?? iv.plannedEnd);
    }
    for (const m of j.mandates ?? []) {
      see(m.start);
      see(m.end);
    }
    see(j.closed?.date);
  }
  return from === null || to === null ? null : { from, to };
}

export function startingFields(journeys: readonly Journey[], asOf: string, w: Words): ReportFields {
  const span = journeySpan(journeys, asOf);
  return {
    forbund: '',
    role: '',
    date: asOf,
    recipients: w.say('report.fields.recipientsDefault'),
    periodFrom: span?.from ?? '',
    periodTo: span?.to ?? '',
  };
}
