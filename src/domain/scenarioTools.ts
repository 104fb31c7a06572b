/**
 * Scenarios as things a caseworker makes in a meeting: create one from a quick action,
 * rename, reorder, delete, and apply the ones that are on, in list order, each failing
 * on its own without touching the baseline or the others.
 */
import { type Issue } from './issues';
import { applyScenario } from './scenario';
import type { Change, Journey, Scenario } from './schema';

export function freshScenarioId(journey: Journey): string {
  const used = new Set((journey.scenarios ?? []).map((s) => s.id));
  for (let n = 1; ; n++) if (!used.has(`s${n}`)) return `s${n}`;
}

/** A new scenario appended to the journey; returns the journey and the new id. */
export function addScenario(journey: Journey, name: string, changes: Change[]): { journey: Journey; id: string } {
  const id = freshScenarioId(journey);
  return { journey: { ...journey, scenarios: [...(journey.scenarios ?? []), { id, name, changes }] }, id };
}

export function replaceScenario(journey: Journey, scenario: Scenario, previousId = scenario.id): Journey {
  return {
    ...journey,
    scenarios: (journey.scenarios ?? []).map((s) => (s.id === previousId ? scenario : s)),
  };
}

export function removeScenario(journey: Journey, id: string): Journey {
  return { ...journey, scenarios: (journey.scenarios ?? []).filter((s) => s.id !== id) };
}

/** Moves a scenario `delta` places in the list (the order scenarios apply in). */
export function moveScenario(journey: Journey, id: string, delta: number): Journey {
  const list = [...(journey.scenarios ?? [])];
  const from = list.findIndex((s) => s.id === id);
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (from < 0 || from === to) return journey;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return { ...journey, scenarios: list };
}

export type ScenarioOutcome = { id: string; ok: boolean; errors: Issue[] };

/**
 * Applies the scenarios that are on, in the journey's list order, on top of the baseline.
 * A scenario that fails is left out (with its errors); the others still apply.
 */
export function applyActiveScenarios(
  journey: Journey,
  activeIds: readonly string[],
): { journey: Journey; outcomes: ScenarioOutcome[] } {
  const active = new Set(activeIds);
  let current = journey;
  const outcomes: ScenarioOutcome[] = [];
  for (const s of journey.scenarios ?? []) {
    if (!active.has(s.id)) continue;
    const r = applyScenario({ ...current, scenarios: journey.scenarios }, s.id);
    if (r.ok) {
      current = r.journey;
      outcomes.push({ id: s.id, ok: true, errors: [] });
    } else {
      outcomes.push({ id: s.id, ok: false, errors: r.errors });
    }
  }
  return { journey: current, outcomes };
}
