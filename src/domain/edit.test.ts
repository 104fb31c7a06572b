import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { analyzeJourney } from './analyze';
import { emptyJourney, freshId, moveIntervention, removeItem, resizeIntervention, upsertItem } from './edit';
import { journeyFromData, serializeJourney, parseJourney } from './parse';
import { applyScenario } from './scenario';
import type { Journey } from './schema';

const deepFrozen = structuredClone(DEMO_JOURNEY);

describe('edits', () => {
  it('moves start, end and planned end together and leaves the original untouched', () => {
    const moved = moveIntervention(deepFrozen, 'ij', 7);
    const ij = moved.interventions.find((i) => i.id === 'ij')!;
    expect([ij.start, ij.plannedEnd]).toEqual(['2025-10-08', '2026-10-07']);
    expect(deepFrozen).toEqual(DEMO_JOURNEY);
  });

  it('moves a sjukpenning’s first day of sickness with it, as a scenario’s shift does (section 6)', () => {
    const journey: Journey = {
      ...emptyJourney('j', 'P-1'),
      interventions: [
        { id: 'sp', kind: 'sjukpenning', start: '2025-03-03', end: '2025-06-30', sickFrom: '2025-02-17' },
        { id: 'k', kind: 'komvux', start: '2025-08-18', end: '2025-12-19', sickFrom: 'okänt' },
      ],
      scenarios: [{ id: 's', name: 'Tidigare', changes: [{ op: 'shift', intervention: 'sp', days: -20 }] }],
    };
    const moved = moveIntervention(journey, 'sp', -20);
    const sp = { id: 'sp', kind: 'sjukpenning', start: '2025-02-11', end: '2025-06-10', sickFrom: '2025-01-28' };
    expect(moved.interventions[0]).toEqual(sp);
    const shifted = applyScenario(journey, 's');
    expect(shifted.ok && shifted.journey.interventions[0]).toEqual(sp);
    // Before, the start moved past the first day of sickness: a journey the importer (and so saving) refuses.
    expect(journeyFromData(moved).ok).toBe(true);
    // Not read on other kinds (section 2): kept as written when it is no date.
    expect(moveIntervention(journey, 'k', 7).interventions[1]).toMatchObject({
      start: '2025-08-25',
      sickFrom: 'okänt',
    });
  });

  it('resizes the actual end when there is one, else the planned end, never before the start', () => {
    expect(resizeIntervention(deepFrozen, 'prak', 3).interventions.find((i) => i.id === 'prak')!.end).toBe(
      '2025-09-01',
    );
    expect(resizeIntervention(deepFrozen, 'ij', -1).interventions.find((i) => i.id === 'ij')!.plannedEnd).toBe(
      '2026-09-29',
    );
    expect(resizeIntervention(deepFrozen, 'prak', -9999).interventions.find((i) => i.id === 'prak')!.end).toBe(
      '2025-03-03',
    );
  });

  it('gives a kind-default bar a planned end when resized; an open-ended one stays open', () => {
    const etab = resizeIntervention(deepFrozen, 'etab', 10).interventions.find((i) => i.id === 'etab')!;
    expect(etab.plannedEnd).toBe('2024-10-12');
    const open = { ...deepFrozen, interventions: [{ id: 'x', kind: 'sfi', start: '2025-01-01' }] };
    expect(resizeIntervention(open, 'x', 5)).toEqual(open);
  });

  it('upserts keeping unknown properties of the item and the list order', () => {
    const withExtra = upsertItem(deepFrozen, 'interventions', { ...deepFrozen.interventions[1], susId: 5 });
    const again = upsertItem(withExtra, 'interventions', { ...withExtra.interventions[1], title: 'Ny' });
    expect(again.interventions[1]).toMatchObject({ id: 'sfi', title: 'Ny', susId: 5 });
    expect(again.interventions.map((i) => i.id)).toEqual(deepFrozen.interventions.map((i) => i.id));
  });

  it('renames an id in place and removes items', () => {
    const renamed = upsertItem(deepFrozen, 'mandates', { ...deepFrozen.mandates![0], id: 'm9' }, 'af-inskriven');
    expect(renamed.mandates!.map((m) => m.id)).toEqual(['m9']);
    expect(removeItem(renamed, 'mandates', 'm9').mandates).toEqual([]);
  });

  it('makes fresh ids and valid empty journeys', () => {
    expect(freshId(deepFrozen, 'events', 'e')).toBe('e5');
    const empty = emptyJourney('j1', 'P-1');
    expect(parseJourney(serializeJourney(empty)).ok).toBe(true);
    expect(analyzeJourney(empty, { asOf: '2026-01-01' }).horizon).toBeNull();
  });
});
