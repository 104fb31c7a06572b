/**
 * What the page derives from the open journey and would otherwise make in its first render,
 * kept for the last journeys asked about: its analysis and the personnummer found in it. An
 * import prepares a big journey's, each in a task of its own, before the journey opens
 * (`prepareToOpen`, issue #26), so that no one task holds the page for long.
 */
import { type Analysis, type Issue, type Journey, analyzeJourney } from '../domain';
import { todayIso } from '../i18n/format';
import { useStore } from './index';

/**
 * A journey of more than this many interventions is big: prepared before it opens, task by task,
 * and its chart drawn in a task after the page's (Timeline.tsx). Below it the staging would cost
 * more than it spares: a frame and a few tasks before the first bar, for renders that are short.
 */
export const BIG_JOURNEY = 2_000;

export type AnalysisResult = { analysis: Analysis; asOf: string; asOfIsToday: boolean };

type Made = { journey: Journey; ignoreGapsUpToDays: number; asOf: string; result: AnalysisResult };
/** The last two: a journey prepared before it opens is kept while the open one renders meanwhile. */
let made: Made[] = [];

/** The journey's analysis; the reference day is the file's `asOf`, else today. One per journey, not one per component. */
export function analysisOf(journey: Journey, ignoreGapsUpToDays: number): AnalysisResult {
  const asOf = journey.asOf ?? todayIso();
  const found = made.find(
    (m) => m.journey === journey && m.ignoreGapsUpToDays === ignoreGapsUpToDays && m.asOf === asOf,
  );
  if (found) return found.result;
  const result = {
    analysis: analyzeJourney(journey, { asOf, ignoreGapsUpToDays }),
    asOf,
    asOfIsToday: journey.asOf === undefined,
  };
  made = [{ journey, ignoreGapsUpToDays, asOf, result }, ...made.slice(0, 1)];
  return result;
}

let hits: { journey: Journey; hits: Issue[] } | null = null;

/**
 * The personnummer found in a journey (the guard's warning), by `find` (domain/personnummer's
 * `findPersonnummer`, passed in: its module loads after the first screen).
 */
export function personnummerHits(journey: Journey, find: (journey: Journey) => Issue[]): Issue[] {
  if (hits?.journey !== journey) hits = { journey, hits: find(journey) };
  return hits.hits;
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A big journey's analysis and personnummer search, each in a task of its own before it opens:
 * with the chart drawn in a task after the page's (Timeline.tsx), no one task holds the page for
 * long (at 10,000 interventions these two took some 150 ms of the first render).
 */
export async function prepareToOpen(journey: Journey): Promise<void> {
  if (journey.interventions.length <= BIG_JOURNEY) return;
  await pause();
  analysisOf(journey, useStore.getState().ignoreGapsUpToDays);
  const { findPersonnummer } = await import('../domain/personnummer');
  personnummerHits(journey, findPersonnummer);
  await pause();
}
