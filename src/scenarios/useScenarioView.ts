import { useMemo } from 'react';
import {
  type Analysis,
  type Comparison,
  type Journey,
  type ScenarioOutcome,
  analyzeJourney,
  applyActiveScenarios,
  compareAnalyses,
} from '../domain';
import { todayIso } from '../i18n/format';
import { selectActiveScenarios, selectIgnoreGaps, selectJourney, useStore } from '../store';

export type ScenarioView = {
  outcomes: ScenarioOutcome[];
  /** Present when at least one scenario is on and applies. */
  scenario: { journey: Journey; analysis: Analysis; comparison: Comparison } | null;
};

/** The scenarios that are on, applied to the baseline and compared with it. */
export function useScenarioView(baselineAnalysis: Analysis): ScenarioView {
  const journey = useStore(selectJourney);
  const active = useStore(selectActiveScenarios);
  const ignoreGapsUpToDays = useStore(selectIgnoreGaps);
  return useMemo(() => {
    const on = active.filter((id) => (journey.scenarios ?? []).some((s) => s.id === id));
    if (on.length === 0) return { outcomes: [], scenario: null };
    const { journey: applied, outcomes } = applyActiveScenarios(journey, on);
    if (!outcomes.some((o) => o.ok)) return { outcomes, scenario: null };
    const asOf = journey.asOf ?? todayIso();
    const analysis = analyzeJourney(applied, { asOf, ignoreGapsUpToDays });
    return {
      outcomes,
      scenario: {
        journey: applied,
        analysis,
        comparison: compareAnalyses(journey, baselineAnalysis, applied, analysis, asOf),
      },
    };
  }, [journey, active, ignoreGapsUpToDays, baselineAnalysis]);
}
