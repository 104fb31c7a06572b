/**
 * Checks an edited scenario the way the importer checks a file: the journey with the
 * scenario put in is run through `journeyFromData`, and the problems of this scenario are
 * sorted to the editor's fields (these block saving). A scenario that is well-formed is
 * then applied: when that fails it may still be saved, and the editor says why it fails.
 */
import {
  type Issue,
  type Journey,
  type Scenario,
  applyScenario,
  findPersonnummer,
  journeyFromData,
  replaceScenario,
} from '../domain';

export type ScenarioCheck = {
  /** Errors by field key (`name`, `changes[0].months`, `changes[1].intervention.start`). */
  fields: Record<string, Issue[]>;
  /** Errors of the scenario that no field shows; paths relative to the scenario. */
  general: Issue[];
  /** Why the well-formed scenario cannot be applied; paths relative to the scenario. */
  apply: Issue[];
  /** Text that looks like a personnummer; paths relative to the scenario. */
  personnummer: Issue[];
  /** No error blocks saving (a scenario that cannot be applied may be saved). */
  ok: boolean;
};

/** The part of `path` after `prefix`, or null when it is not inside it. */
export function relativePath(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (rest !== '' && !rest.startsWith('.') && !rest.startsWith('[')) return null;
  return rest.replace(/^\./, '');
}

/**
 * The check of `scenario`, to be saved in `journey` in place of the scenario `scenarioId`.
 * `fieldKeys` are the keys the editor shows; an error at any other place goes to `general`.
 */
export function checkScenario(
  journey: Journey,
  scenario: Scenario,
  scenarioId: string,
  fieldKeys: readonly string[],
): ScenarioCheck {
  const candidate = replaceScenario(journey, scenario, scenarioId);
  const index = (candidate.scenarios ?? []).indexOf(scenario);
  const personnummer = findPersonnummer(scenario);
  // No such scenario (any more): nothing to check, and nothing to save.
  if (index < 0) return { fields: {}, general: [], apply: [], personnummer, ok: false };
  const prefix = `scenarios[${index}]`;
  const known = new Set(fieldKeys);
  const fields: Record<string, Issue[]> = {};
  const general: Issue[] = [];
  const parsed = journeyFromData(candidate);
  for (const e of parsed.ok ? [] : parsed.errors) {
    const key = relativePath(e.path, prefix);
    if (key === null) continue; // a problem elsewhere in the journey: not this editor's
    if (known.has(key)) (fields[key] ??= []).push(e);
    else general.push({ ...e, path: key });
  }
  const ok = general.length === 0 && Object.keys(fields).length === 0;
  let apply: Issue[] = [];
  if (ok) {
    try {
      const applied = applyScenario(candidate, scenarioId);
      if (!applied.ok) apply = applied.errors.map((e) => ({ ...e, path: relativePath(e.path, prefix) ?? e.path }));
    } catch {
      // Defensive: a well-formed scenario applies or fails with errors; it never throws.
    }
  }
  return { fields, general, apply, personnummer, ok };
}
