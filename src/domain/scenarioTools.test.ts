/**
 * Scenarios as a caseworker makes them in a meeting (scenarioTools.ts): a new one gets the first
 * free id `s1`, `s2`, …; adding, replacing, removing and moving one changes that one only, keeps
 * the others in their order (the order scenarios apply in) and never changes the journey given.
 */
import { describe, expect, it } from 'vitest';
import type { Change, Journey, Scenario } from './schema';
import { addScenario, freshScenarioId, moveScenario, removeScenario, replaceScenario } from './scenarioTools';

const change: Change = { op: 'remove', intervention: 'a' };

function journeyWith(ids: string[] | undefined): Journey {
  return {
    format: 'journey',
    version: 1,
    id: 'j',
    participant: { ref: 'P-1' },
    interventions: [],
    ...(ids ? { scenarios: ids.map((id) => ({ id, name: `Namn ${id}`, changes: [] })) } : {}),
  } as unknown as Journey;
}

const ids = (j: Journey) => (j.scenarios ?? []).map((s) => s.id);

describe('a new scenario id', () => {
  it('is s1 for a journey with no scenarios, listed or not', () => {
    expect(freshScenarioId(journeyWith(undefined))).toBe('s1');
    expect(freshScenarioId(journeyWith([]))).toBe('s1');
  });

  it('is the first sN not taken, whatever the order or the other ids', () => {
    expect(freshScenarioId(journeyWith(['s1', 's2']))).toBe('s3');
    expect(freshScenarioId(journeyWith(['s2', 's1', 's4']))).toBe('s3');
    expect(freshScenarioId(journeyWith(['s2']))).toBe('s1');
    expect(freshScenarioId(journeyWith(['x', 's', 'S1', 's01']))).toBe('s1');
  });
});

describe('adding a scenario', () => {
  it('appends it with a fresh id, its name and changes, and returns that id', () => {
    const before = journeyWith(['s1', 's3']);
    const { journey, id } = addScenario(before, 'Förlängning', [change]);
    expect(id).toBe('s2');
    expect(journey.scenarios).toEqual([
      ...(before.scenarios ?? []),
      { id: 's2', name: 'Förlängning', changes: [change] },
    ]);
    expect(ids(before)).toEqual(['s1', 's3']);
  });

  it('starts the list of a journey that had none', () => {
    const { journey, id } = addScenario(journeyWith(undefined), 'Första', []);
    expect(id).toBe('s1');
    expect(journey.scenarios).toEqual([{ id: 's1', name: 'Första', changes: [] }]);
    expect(journey.interventions).toEqual([]);
  });
});

describe('replacing a scenario', () => {
  const next: Scenario = { id: 's2', name: 'Ny', changes: [change] } as Scenario;

  it('puts it in the place of the one with its id, the others unchanged', () => {
    const before = journeyWith(['s1', 's2', 's3']);
    const after = replaceScenario(before, next);
    expect(after.scenarios).toEqual([before.scenarios?.[0], next, before.scenarios?.[2]]);
    expect(before.scenarios?.[1].name).toBe('Namn s2');
  });

  it('puts a renamed id in the place of the previous id', () => {
    const before = journeyWith(['s1', 's9', 's3']);
    const after = replaceScenario(before, next, 's9');
    expect(ids(after)).toEqual(['s1', 's2', 's3']);
    expect(after.scenarios?.[1]).toBe(next);
  });

  it('changes nothing when no scenario has that id, and keeps a journey without scenarios so', () => {
    expect(replaceScenario(journeyWith(['s1']), next).scenarios).toEqual(journeyWith(['s1']).scenarios);
    expect(replaceScenario(journeyWith(undefined), next).scenarios).toEqual([]);
  });
});

describe('removing a scenario', () => {
  it('removes the one with that id only, the order kept', () => {
    const before = journeyWith(['s1', 's2', 's3']);
    expect(ids(removeScenario(before, 's2'))).toEqual(['s1', 's3']);
    expect(ids(before)).toEqual(['s1', 's2', 's3']);
    expect(ids(removeScenario(before, 'nope'))).toEqual(['s1', 's2', 's3']);
    expect(removeScenario(journeyWith(undefined), 's1').scenarios).toEqual([]);
  });
});

describe('moving a scenario', () => {
  const before = journeyWith(['s1', 's2', 's3', 's4']);

  it('moves it delta places, the others keeping their order', () => {
    expect(ids(moveScenario(before, 's2', 1))).toEqual(['s1', 's3', 's2', 's4']);
    expect(ids(moveScenario(before, 's3', -1))).toEqual(['s1', 's3', 's2', 's4']);
    expect(ids(moveScenario(before, 's1', 2))).toEqual(['s2', 's3', 's1', 's4']);
    expect(ids(moveScenario(before, 's4', -3))).toEqual(['s4', 's1', 's2', 's3']);
    expect(ids(before)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('stops at either end of the list', () => {
    expect(ids(moveScenario(before, 's3', 5))).toEqual(['s1', 's2', 's4', 's3']);
    expect(ids(moveScenario(before, 's2', -5))).toEqual(['s2', 's1', 's3', 's4']);
  });

  it('returns the same journey when nothing moves: the first up, the last down, no such id, no list', () => {
    expect(moveScenario(before, 's1', -1)).toBe(before);
    expect(moveScenario(before, 's4', 1)).toBe(before);
    expect(moveScenario(before, 's2', 0)).toBe(before);
    expect(moveScenario(before, 'nope', 1)).toBe(before);
    expect(moveScenario(before, 'nope', -1)).toBe(before);
    const none = journeyWith(undefined);
    expect(moveScenario(none, 's1', 1)).toBe(none);
  });

  it('keeps the rest of the journey', () => {
    const moved = moveScenario(before, 's1', 1);
    expect({ ...moved, scenarios: undefined }).toEqual({ ...before, scenarios: undefined });
  });
});
