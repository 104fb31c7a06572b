/**
 * Builders for the scenario tests (`scenario.*.test.ts`). Test code, not used by the app: nothing
 * outside the tests imports it.
 */
import { type Journey, analyzeJourney, applyScenario, compareAnalyses, parseJourney } from '../index';

export type Loose = Record<string, unknown>;

export const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });

/** A journey with one scenario `s` made of `changes`; checked by the parser unless `raw`. */
export function journey(interventions: Loose[], changes: Loose[], raw = false): Journey {
  const data = {
    format: 'journey',
    version: 1,
    id: 'j',
    participant: { ref: 'P-1' },
    asOf: '2025-06-01',
    interventions,
    scenarios: [{ id: 's', name: 'Scenario', changes }],
  };
  if (raw) return data as unknown as Journey;
  const parsed = parseJourney(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

export function applied(j: Journey, id = 's'): Journey {
  const r = applyScenario(j, id);
  if (!r.ok) throw new Error(`scenario failed: ${JSON.stringify(r.errors)}`);
  return r.journey;
}

export const find = (j: Journey, id: string) => {
  const found = j.interventions.find((i) => i.id === id);
  if (!found) throw new Error(`no intervention ${id}`);
  return found;
};
export const endOf = (j: Journey, id: string) => analyzeJourney(j).interventions.find((i) => i.id === id)?.effectiveEnd;

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The comparison of `scenario` with `base`, each analysed. */
export const compare = (base: Journey, scenario: Journey) =>
  compareAnalyses(base, analyzeJourney(base), scenario, analyzeJourney(scenario));
/** The comparison of the journey's scenario `s` with the journey. */
export const compareScenario = (j: Journey) => compare(j, applied(j));
/** The baseline with intervention `id` replaced by `to` (a journey a scenario could not make on its own). */
export const edited = (j: Journey, id: string, to: Loose) =>
  journey(
    j.interventions.map((i) => (i.id === id ? to : (i as Loose))),
    [],
  );
