/** A journey under construction for the generator: interventions and mandates added in day numbers. */
import { type DayNumber, dayNumber, decisionEnd, isoDate } from '../dates';
import type { Annotation, Intervention, Journey, Mandate } from '../schema';
import type { Random } from './prng';

export type Draft = {
  r: Random;
  asOf: DayNumber;
  interventions: Intervention[];
  mandates: Mandate[];
  annotations: Annotation[];
  closed?: { date: string; reason: string };
};

export const newDraft = (r: Random, asOf: DayNumber): Draft => ({
  r,
  asOf,
  interventions: [],
  mandates: [],
  annotations: [],
});

/** Days of a decision of `months` months from `start`. */
export const monthsDays = (start: DayNumber, months: number) =>
  dayNumber(decisionEnd(isoDate(start), months)) - start + 1;

/**
 * Adds an intervention of `days` days (null: open-ended): an actual `end` when it lies before
 * asOf, else a `plannedEnd`. Returns its last day, or null when open-ended.
 */
export function add(
  d: Draft,
  kind: string,
  start: DayNumber,
  days: number | null,
  extra: Partial<Intervention> = {},
): DayNumber | null {
  const iv: Intervention = { id: `i${d.interventions.length + 1}`, kind, start: isoDate(start), ...extra };
  const last = days === null ? null : start + Math.max(1, days) - 1;
  if (last !== null) {
    if (last < d.asOf) iv.end = isoDate(last);
    else iv.plannedEnd = isoDate(last);
  }
  d.interventions.push(iv);
  return last;
}

export function mandate(d: Draft, actor: string, label: string, start: DayNumber, end: DayNumber | null = null): void {
  const m: Mandate = { id: `m${d.mandates.length + 1}`, actor, label, start: isoDate(start) };
  if (end !== null && end >= start) m.end = isoDate(end);
  d.mandates.push(m);
}

export function greyZoneNote(d: Draft, start: DayNumber, end: DayNumber, text: string): void {
  d.annotations.push({
    id: `a${d.annotations.length + 1}`,
    type: 'greyzone',
    start: isoDate(start),
    end: isoDate(end),
    text,
  });
}

/** The last day the interventions are known to run to; Infinity when one is open-ended. */
export function lastDay(interventions: readonly Intervention[]): DayNumber {
  let last = -Infinity;
  for (const iv of interventions) {
    const end = iv.end ?? iv.plannedEnd;
    last = Math.max(last, end === undefined ? Infinity : dayNumber(end));
  }
  return last;
}

export function toJourney(d: Draft, id: string, ref: string, birthYear: number): Journey {
  const journey: Journey = {
    format: 'journey',
    version: 1,
    id,
    participant: { ref, birthYear },
    asOf: isoDate(d.asOf),
    interventions: d.interventions,
  };
  if (d.closed) journey.closed = d.closed;
  if (d.mandates.length > 0) journey.mandates = d.mandates;
  if (d.annotations.length > 0) journey.annotations = d.annotations;
  return journey;
}
