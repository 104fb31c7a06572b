/**
 * Edits of a journey as pure functions: each returns a new journey and leaves the one it
 * was given untouched, so that undo can keep the old one.
 */
import { addDays, dayNumber, isIsoDate, maxDate } from './dates';
import { effectiveEnd } from './effective';
import { resolveCatalogue } from './resolve';
import type { Change, Intervention, Journey } from './schema';

export type ListName = 'interventions' | 'mandates' | 'events' | 'annotations';

/**
 * Moves an intervention by whole days: start, end, planned end and a sjukpenning's first day of
 * sickness together, as a scenario's `shift` does (section 6); a `sickFrom` that is no date is not
 * read (section 2) and stays as written.
 */
export function moveIntervention(journey: Journey, id: string, days: number): Journey {
  if (days === 0) return journey;
  return {
    ...journey,
    interventions: journey.interventions.map((iv) =>
      iv.id !== id
        ? iv
        : {
            ...iv,
            start: addDays(iv.start, days),
            ...(iv.end !== undefined ? { end: addDays(iv.end, days) } : {}),
            ...(iv.plannedEnd !== undefined ? { plannedEnd: addDays(iv.plannedEnd, days) } : {}),
            ...(isIsoDate(iv.sickFrom) ? { sickFrom: addDays(iv.sickFrom, days) } : {}),
          },
    ),
  };
}

/**
 * Moves an intervention's end by whole days, never before its start. An actual `end` moves
 * itself; otherwise the decision's planned end moves (extensions stay as decided).
 */
export function resizeIntervention(journey: Journey, id: string, days: number): Journey {
  if (days === 0) return journey;
  const catalogue = resolveCatalogue(journey);
  return {
    ...journey,
    interventions: journey.interventions.map((iv): Intervention => {
      if (iv.id !== id) return iv;
      const clampToStart = (d: string) => maxDate(d, iv.start);
      if (iv.end !== undefined) return { ...iv, end: clampToStart(addDays(iv.end, days)) };
      // The decision's end without its extensions: the planned end, else the kind's length.
      const current = effectiveEnd(
        { ...iv, extensions: [] },
        catalogue.kinds.get(iv.kind),
        journey.participant.birthYear,
      ).end;
      if (current === null) return iv; // open-ended: no end to move
      return { ...iv, plannedEnd: clampToStart(addDays(current, days)) };
    }),
  };
}

/** Puts an item into one of the journey's lists: replaces the one with its id, else appends. */
export function upsertItem<T extends { id: string }>(
  journey: Journey,
  list: ListName,
  item: T,
  previousId = item.id,
): Journey {
  const items = ((journey[list] as T[] | undefined) ?? []).slice();
  const at = items.findIndex((x) => x.id === previousId);
  if (at >= 0) items[at] = item;
  else items.push(item);
  return { ...journey, [list]: items };
}

export function removeItem(journey: Journey, list: ListName, id: string): Journey {
  const items = (journey[list] as { id: string }[] | undefined) ?? [];
  return { ...journey, [list]: items.filter((x) => x.id !== id) };
}

/** Whether a scenario change names the intervention `id` (as its subject or as `after`). */
function names(change: Change, id: string): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral: equivalent: an add change's intervention is an object, never equal to an id, and it has no `after` (the mark also covers `→ true`, which the tests kill)
  if (change.op === 'add') return false;
  return change.intervention === id || (change.op === 'startAfter' && change.after === id);
}

/** A scenario that names an intervention: how many of its changes do, and whether that is all of them. */
export type ScenarioUse = { id: string; name: string; changes: number; emptied: boolean };

/** The scenarios that name the intervention `id`, in list order. */
export function scenariosNaming(journey: Journey, id: string): ScenarioUse[] {
  return (journey.scenarios ?? []).flatMap((s) => {
    const changes = s.changes.filter((c) => names(c, id)).length;
    return changes === 0 ? [] : [{ id: s.id, name: s.name, changes, emptied: changes === s.changes.length }];
  });
}

/**
 * Removes an intervention and keeps the journey valid: every scenario change that names
 * it goes too, and a scenario left with no changes by that is removed (one that was empty
 * before stays). `scenariosNaming` says beforehand what this will do.
 */
export function removeIntervention(journey: Journey, id: string): Journey {
  const without = removeItem(journey, 'interventions', id);
  if (!journey.scenarios) return without;
  return {
    ...without,
    scenarios: journey.scenarios.flatMap((s) => {
      const changes = s.changes.filter((c) => !names(c, id));
      if (changes.length === s.changes.length) return [s];
      return changes.length === 0 ? [] : [{ ...s, changes }];
    }),
  };
}

/** A fresh id for a new item: `prefix` and the first number not used in that list. */
export function freshId(journey: Journey, list: ListName, prefix: string): string {
  const used = new Set((journey[list] as { id: string }[] | undefined)?.map((x) => x.id));
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** An empty journey to start from. */
export function emptyJourney(id: string, ref: string, asOf?: string): Journey {
  return {
    format: 'journey',
    version: 1,
    id,
    participant: { ref },
    ...(asOf ? { asOf } : {}),
    interventions: [],
    mandates: [],
    events: [],
    annotations: [],
    scenarios: [],
  };
}

/** Days between two calendar days (b − a). */
export function daysFrom(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A journey's participant, reference day and closing, as the participant form gives them. */
export type ParticipantDetails = {
  participant: { ref: string; name?: string; birthYear?: number };
  asOf?: string;
  closed: { date: string; reason: string } | null;
};

/** The journey with these details; everything else (unknown properties too) is kept. */
export function withParticipant(journey: Journey, details: ParticipantDetails): Journey {
  const participant: Journey['participant'] = { ...journey.participant, ref: details.participant.ref };
  if (details.participant.name) participant.name = details.participant.name;
  else delete participant.name;
  if (details.participant.birthYear !== undefined) participant.birthYear = details.participant.birthYear;
  else delete participant.birthYear;
  const next: Journey = { ...journey, participant };
  if (details.asOf) next.asOf = details.asOf;
  else delete next.asOf;
  if (details.closed) next.closed = details.closed;
  else if (journey.closed !== undefined) next.closed = null;
  return next;
}
