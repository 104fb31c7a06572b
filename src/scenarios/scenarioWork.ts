/**
 * The scenarios that are on, applied to the baseline and compared with it: loaded only once a
 * scenario is switched on (useScenarioView.ts), so the first screen does not carry the
 * comparison (issue #26: the first screen's JavaScript).
 */
import { type Analysis, type Journey, analyzeJourney, applyActiveScenarios, compareAnalyses } from '../domain';
import type { ScenarioView } from './useScenarioView';

export function scenarioView(
  journey: Journey,
  on: readonly string[],
  baselineAnalysis: Analysis,
  asOf: string,
  ignoreGapsUpToDays: number,
): ScenarioView {
  const { journey: applied, outcomes } = applyActiveScenarios(journey, on);
  if (!outcomes.some((o) => o.ok)) return { outcomes, scenario: null };
  const analysis = analyzeJourney(applied, { asOf, ignoreGapsUpToDays });
  return {
    outcomes,
    scenario: {
      journey: applied,
      analysis,
      comparison: compareAnalyses(journey, baselineAnalysis, applied, analysis, asOf),
    },
  };
}
