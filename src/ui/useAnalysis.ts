import { useMemo } from 'react';
import { type Analysis, analyzeJourney } from '../domain';
import { todayIso } from '../i18n/format';
import { selectIgnoreGaps, selectJourney, useStore } from '../store';

/** The open journey's analysis; the reference day is the file's `asOf`, else today. */
export function useAnalysis(): { analysis: Analysis; asOf: string; asOfIsToday: boolean } {
  const journey = useStore(selectJourney);
  const ignoreGapsUpToDays = useStore(selectIgnoreGaps);
  return useMemo(() => {
    const asOf = journey.asOf ?? todayIso();
    return {
      analysis: analyzeJourney(journey, { asOf, ignoreGapsUpToDays }),
      asOf,
      asOfIsToday: journey.asOf === undefined,
    };
  }, [journey, ignoreGapsUpToDays]);
}
