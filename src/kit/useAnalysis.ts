import { useMemo } from 'react';
import { type Analysis, type Journey, analyzeJourney } from '../domain';
import { todayIso } from '../i18n/format';
import { selectIgnoreGaps, selectJourney, useStore } from '../store';

type Result = { analysis: Analysis; asOf: string; asOfIsToday: boolean };

/**
 * The last analysis made, shared by every component that asks (the page, the CSV export, the
 * chart export): one analysis per journey, not one per component (about 2 ms each at 1,000
 * interventions).
 */
let last: { journey: Journey; ignoreGapsUpToDays: number; asOf: string; result: Result } | null = null;

function analysisOf(journey: Journey, ignoreGapsUpToDays: number): Result {
  const asOf = journey.asOf ?? todayIso();
  if (last && last.journey === journey && last.ignoreGapsUpToDays === ignoreGapsUpToDays && last.asOf === asOf)
    return last.result;
  const result = {
    analysis: analyzeJourney(journey, { asOf, ignoreGapsUpToDays }),
    asOf,
    asOfIsToday: journey.asOf === undefined,
  };
  last = { journey, ignoreGapsUpToDays, asOf, result };
  return result;
}

/** The open journey's analysis; the reference day is the file's `asOf`, else today. */
export function useAnalysis(): Result {
  const journey = useStore(selectJourney);
  const ignoreGapsUpToDays = useStore(selectIgnoreGaps);
  return useMemo(() => analysisOf(journey, ignoreGapsUpToDays), [journey, ignoreGapsUpToDays]);
}
