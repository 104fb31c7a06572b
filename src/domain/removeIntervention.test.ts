import { describe, expect, it } from 'vitest';
import { removeIntervention, removeItem, scenariosNaming } from './edit';
import { journeyFromData } from './parse';
import type { Journey } from './schema';

const journey: Journey = {
  format: 'journey',
  version: 1,
  id: 'j',
  participant: { ref: 'P-1' },
  interventions: [
    { id: 'ij', kind: 'introduktionsjobb', start: '2025-01-01', plannedEnd: '2025-06-30' },
    { id: 'prak', kind: 'arbetspraktik', start: '2025-08-01', plannedEnd: '2025-10-31' },
  ],
  scenarios: [
    { id: 's1', name: 'Förläng', changes: [{ op: 'extend', intervention: 'ij', months: 6 }] },
    {
      id: 's2',
      name: 'Två saker',
      changes: [
        { op: 'startAfter', intervention: 'prak', after: 'ij' },
        { op: 'shift', intervention: 'prak', days: 10 },
      ],
    },
    { id: 's3', name: 'Tomt', changes: [] },
  ],
};

describe('removing an intervention that scenarios name', () => {
  it('today: removing only the item leaves a journey that Resan refuses (the failure of issue 14, item 1)', () => {
    const result = journeyFromData(removeItem(journey, 'interventions', 'ij'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toBe('scenarios[0].changes[0].intervention');
  });

  it('says which scenarios name it, how many changes, and which become empty', () => {
    expect(scenariosNaming(journey, 'ij')).toEqual([
      { id: 's1', name: 'Förläng', changes: 1, emptied: true },
      { id: 's2', name: 'Två saker', changes: 1, emptied: false },
    ]);
    expect(scenariosNaming(journey, 'prak')).toEqual([{ id: 's2', name: 'Två saker', changes: 2, emptied: true }]);
    expect(scenariosNaming(journey, 'nothing')).toEqual([]);
  });

  it('removes the changes that name it and the scenarios left empty, and the result is valid', () => {
    const next = removeIntervention(journey, 'ij');
    expect(next.interventions.map((i) => i.id)).toEqual(['prak']);
    expect(next.scenarios).toEqual([
      { id: 's2', name: 'Två saker', changes: [{ op: 'shift', intervention: 'prak', days: 10 }] },
      { id: 's3', name: 'Tomt', changes: [] },
    ]);
    expect(journeyFromData(next).ok).toBe(true);
    // The journey it was given is untouched (undo keeps it).
    expect(journey.scenarios).toHaveLength(3);
  });

  it('reading of the spec: a scenario emptied by the removal goes, one that was already empty stays', () => {
    const next = removeIntervention({ ...journey, scenarios: [journey.scenarios![2]] }, 'ij');
    expect(next.scenarios).toEqual([journey.scenarios![2]]);
  });
});
