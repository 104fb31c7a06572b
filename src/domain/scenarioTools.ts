/**
 * Scenarios as things a caseworker makes in a meeting: create one from a quick action,
 * rename, reorder, delete. Applying the ones that are on is in scenario.ts
 * (`applyActiveScenarios`), which the first screen does not load until one is on.
 */
import type { Change, Journey, Scenario } from './schema';

export function freshScenarioId(journey: Journey): string {
  const used = new Set(journey.scenarios?.map((s) => s.id));
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
  // Stryker disable next-line ArrayDeclaration: with no scenarios, any list without the id returns the journey as it is (from < 0)
  const list = [...(journey.scenarios ?? [])];
  const from = list.findIndex((s) => s.id === id);
  const to = Math.max(0, Math.min(list.length - 1, from + delta));
  if (from < 0 || from === to) return journey;
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item);
  return { ...journey, scenarios: list };
}
