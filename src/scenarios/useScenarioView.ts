import { useEffect, useMemo, useState } from 'react';
import type { Analysis, Comparison, Journey, ScenarioOutcome } from '../domain';
import { todayIso } from '../i18n/format';
import { selectActiveScenarios, selectIgnoreGaps, selectJourney, useStore } from '../store';

export type ScenarioView = {
  outcomes: ScenarioOutcome[];
  /** Present when at least one scenario is on and applies. */
  scenario: { journey: Journey; analysis: Analysis; comparison: Comparison } | null;
};

type Work = typeof import('./scenarioWork');
let work: Work | null = null;
let loading: Promise<Work> | null = null;
/**
 * The comparison's code, fetched the first time a scenario is on (it is not on the first screen),
 * with what draws it (the chart's overlay, the summary), so that those are here when it is shown.
 */
export const loadScenarioWork = () =>
  (loading ??= Promise.all([
    import('./scenarioWork'),
    import('../timeline/ScenarioOverlay'),
    import('./ScenarioSummary'),
  ]).then(([m]) => (work = m)));

const NONE: ScenarioView = { outcomes: [], scenario: null };

/**
 * The scenarios that are on, applied to the baseline and compared with it. With none on, nothing
 * is loaded; the first time one is, the baseline shows until the comparison's code is here.
 */
export function useScenarioView(baselineAnalysis: Analysis): ScenarioView {
  const journey = useStore(selectJourney);
  const active = useStore(selectActiveScenarios);
  const ignoreGapsUpToDays = useStore(selectIgnoreGaps);
  const on = useMemo(
    () => active.filter((id) => (journey.scenarios ?? []).some((s) => s.id === id)),
    [active, journey.scenarios],
  );
  const [loaded, setLoaded] = useState<Work | null>(work);
  useEffect(() => {
    if (on.length > 0 && !loaded) void loadScenarioWork().then(setLoaded);
  }, [on.length, loaded]);
  return useMemo(() => {
    if (on.length === 0 || !loaded) return NONE;
    return loaded.scenarioView(journey, on, baselineAnalysis, journey.asOf ?? todayIso(), ignoreGapsUpToDays);
  }, [journey, on, loaded, ignoreGapsUpToDays, baselineAnalysis]);
}
