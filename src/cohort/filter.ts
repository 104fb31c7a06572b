/**
 * The coordinator's filter over a cohort: a period (journeys active in it), an actor, a kind,
 * with or without a försteg, closed or open. Pure: every figure and chart is computed from
 * the journeys it keeps.
 */
import { type Catalogue, type Journey, actorOf, resolveCatalogue } from '../domain';

export type CohortFilter = {
  /** Journeys active in the period (both ends inclusive; null: open on that side). */
  from: string | null;
  to: string | null;
  actor: string | null;
  kind: string | null;
  forsteg: 'all' | 'with' | 'without';
  status: 'all' | 'open' | 'closed';
};

export const NO_FILTER: CohortFilter = { from: null, to: null, actor: null, kind: null, forsteg: 'all', status: 'all' };

export const isFiltered = (f: CohortFilter) =>
  f.from !== null || f.to !== null || f.actor !== null || f.kind !== null || f.forsteg !== 'all' || f.status !== 'all';

type Span = { start: string; end?: string; plannedEnd?: string; cancelled?: boolean };

/** A span overlaps [from, to]: from its start to its end (actual, else planned, else open). */
function overlaps(s: Span, from: string | null, to: string | null): boolean {
  if (s.cancelled) return false;
  const end = s.end ?? s.plannedEnd;
  return (to === null || s.start <= to) && (from === null || end === undefined || end >= from);
}

const isForsteg = (journey: Journey, catalogue: Catalogue) =>
  journey.interventions.some(
    (iv) => !iv.cancelled && (iv.preparatory ?? catalogue.kinds.get(iv.kind)?.category === 'forsteg'),
  );

/** Whether one journey passes the filter. */
export function keepJourney(journey: Journey, f: CohortFilter): boolean {
  if (f.status === 'closed' && !journey.closed) return false;
  if (f.status === 'open' && journey.closed) return false;
  const catalogue = resolveCatalogue(journey);
  if (f.forsteg !== 'all' && isForsteg(journey, catalogue) !== (f.forsteg === 'with')) return false;
  if (f.kind !== null && !journey.interventions.some((iv) => !iv.cancelled && iv.kind === f.kind)) return false;
  if (
    f.actor !== null &&
    !journey.interventions.some((iv) => !iv.cancelled && actorOf(iv, catalogue) === f.actor) &&
    !(journey.mandates ?? []).some((m) => m.actor === f.actor)
  )
    return false;
  if (f.from !== null || f.to !== null) {
    const spans: Span[] = [...journey.interventions, ...(journey.mandates ?? [])];
    if (!spans.some((s) => overlaps(s, f.from, f.to))) return false;
  }
  return true;
}

/** The journeys the filter keeps, in cohort order (the same array when nothing is filtered). */
export function filterJourneys(journeys: readonly Journey[], f: CohortFilter): readonly Journey[] {
  return isFiltered(f) ? journeys.filter((j) => keepJourney(j, f)) : journeys;
}

export type FilterChoices = { actors: string[]; kinds: string[] };

/** Collects the actors and kinds of journeys given one at a time (so that a big cohort can be seen in slices). */
export function choiceCollector(): { add: (journey: Journey) => void; result: () => FilterChoices } {
  const actors = new Set<string>();
  const kinds = new Set<string>();
  return {
    add: (j) => {
      const catalogue = resolveCatalogue(j);
      for (const iv of j.interventions) {
        kinds.add(iv.kind);
        const a = actorOf(iv, catalogue);
        if (a) actors.add(a);
      }
      for (const m of j.mandates ?? []) actors.add(m.actor);
    },
    result: () => ({ actors: [...actors].sort(), kinds: [...kinds].sort() }),
  };
}

/** The actors and kinds that occur in the cohort, for the filter's choices (sorted by id). */
export function filterChoices(journeys: readonly Journey[]): FilterChoices {
  const c = choiceCollector();
  for (const j of journeys) c.add(j);
  return c.result();
}
