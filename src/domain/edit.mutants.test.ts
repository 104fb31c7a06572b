/**
 * Edits of a journey (`edit.ts`: pure functions that return a new journey and leave the one they
 * were given untouched, so that undo can keep it): the behaviours that the mutation run of
 * `edit.ts` (issue #29) found untested. The result of an edit is a journey that journey-format.md
 * section 2 accepts. Each test was seen to fail with its mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import {
  daysFrom,
  emptyJourney,
  freshId,
  moveIntervention,
  removeIntervention,
  removeItem,
  resizeIntervention,
  scenariosNaming,
  upsertItem,
  withParticipant,
} from './edit';
import { journeyFromData, parseJourney, serializeJourney } from './parse';
import type { Journey } from './schema';

const base: Journey = {
  format: 'journey',
  version: 1,
  id: 'j',
  participant: { ref: 'P-1' },
  interventions: [
    { id: 'done', kind: 'komvux', start: '2025-01-07', end: '2025-03-31' },
    { id: 'planned', kind: 'arbetspraktik', start: '2025-04-01', plannedEnd: '2025-06-30' },
    { id: 'etab', kind: 'etableringsprogrammet', start: '2025-07-01' },
  ],
};
const frozen = structuredClone(base);
const find = (j: Journey, id: string) => j.interventions.find((i) => i.id === id)!;

describe('moving and resizing by 0 days is no edit', () => {
  // The store records an edit only when the journey that comes back is a new one (journeySlice).
  it('gives back the journey itself', () => {
    expect(moveIntervention(base, 'done', 0)).toBe(base);
    expect(resizeIntervention(base, 'etab', 0)).toBe(base);
  });
});

describe('moving an intervention', () => {
  it('moves its actual end with its start, gives it no planned end, and leaves the others as they were', () => {
    const moved = moveIntervention(base, 'done', 10);
    expect(moved.interventions).toEqual([
      { id: 'done', kind: 'komvux', start: '2025-01-17', end: '2025-04-10' },
      base.interventions[1],
      base.interventions[2],
    ]);
    expect(base).toEqual(frozen);
  });
});

describe('resizing an intervention', () => {
  it('moves only the end of the one named', () => {
    const resized = resizeIntervention(base, 'planned', -30);
    expect(resized.interventions).toEqual([
      base.interventions[0],
      { id: 'planned', kind: 'arbetspraktik', start: '2025-04-01', plannedEnd: '2025-05-31' },
      base.interventions[2],
    ]);
    expect(base).toEqual(frozen);
  });

  it('never before its start: a planned end pulled past it lands on the start', () => {
    expect(find(resizeIntervention(base, 'planned', -1000), 'planned').plannedEnd).toBe('2025-04-01');
    expect(find(resizeIntervention(base, 'done', -82), 'done').end).toBe('2025-01-08');
    expect(find(resizeIntervention(base, 'done', -83), 'done').end).toBe('2025-01-07');
    expect(find(resizeIntervention(base, 'done', -84), 'done').end).toBe('2025-01-07');
  });
});

describe('the lists of a journey', () => {
  // Plain data, not made with emptyJourney while the file is collected: a mutant reached there
  // would be static to Stryker.
  const bare: Journey = { format: 'journey', version: 1, id: 'j', participant: { ref: 'P-1' }, interventions: [] };
  const mandate = { id: 'm1', actor: 'af', start: '2025-01-01' };

  it('upserting appends an item whose id is not in the list, and leaves the journey it was given untouched', () => {
    const one = upsertItem(bare, 'mandates', mandate);
    expect(one.mandates).toEqual([mandate]);
    const two = upsertItem(one, 'mandates', { ...mandate, id: 'm2' });
    expect(two.mandates!.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(one.mandates).toEqual([mandate]);
    const replaced = upsertItem(two, 'mandates', { ...mandate, label: 'Ny' });
    expect(replaced.mandates).toEqual([
      { ...mandate, label: 'Ny' },
      { ...mandate, id: 'm2' },
    ]);
    expect(two.mandates).toEqual([mandate, { ...mandate, id: 'm2' }]);
    expect(bare.mandates).toBeUndefined();
  });

  it('removing from a list the journey does not have leaves it with none', () => {
    expect(removeItem(bare, 'events', 'e1').events).toEqual([]);
  });

  it('a fresh id in a list the journey does not have is the first number', () => {
    expect(freshId(bare, 'events', 'e')).toBe('e1');
  });
});

describe('the scenarios that name an intervention', () => {
  const journey: Journey = {
    ...base,
    scenarios: [
      {
        id: 's1',
        name: 'Lägg till',
        changes: [{ op: 'add', intervention: { id: 'new', kind: 'komvux', start: '2026-01-12' } }],
      },
      // A property this format does not name is kept (section 2): `after` on a shift is not a reference.
      { id: 's2', name: 'Flytta', changes: [{ op: 'shift', intervention: 'planned', days: 7, after: 'done' }] },
    ],
  } as Journey;

  it('an added intervention and an unknown property name nothing', () => {
    expect(journeyFromData(journey).ok).toBe(true);
    expect(scenariosNaming(journey, 'new')).toEqual([]);
    expect(scenariosNaming(journey, 'done')).toEqual([]);
    expect(removeIntervention(journey, 'done').scenarios).toEqual(journey.scenarios);
  });

  it('a journey without scenarios has none that name it, and loses only the intervention', () => {
    expect(scenariosNaming(base, 'done')).toEqual([]);
    const next = removeIntervention(base, 'done');
    expect(next).toEqual({ ...base, interventions: base.interventions.slice(1) });
    expect('scenarios' in next).toBe(false);
  });
});

describe('a new journey and the days between two days', () => {
  it('keeps the reference day it is given', () => {
    const j = emptyJourney('j', 'P-1', '2026-01-01');
    expect(j.asOf).toBe('2026-01-01');
    expect(journeyFromData(j).ok).toBe(true);
    expect('asOf' in emptyJourney('j', 'P-1')).toBe(false);
  });

  it('counts b − a', () => {
    expect(daysFrom('2025-01-01', '2025-03-01')).toBe(59);
    expect(daysFrom('2025-03-01', '2025-01-01')).toBe(-59);
    expect(daysFrom('2024-12-31', '2024-12-31')).toBe(0);
  });
});

describe('the participant form', () => {
  const full: Journey = {
    ...base,
    participant: { ref: 'P-1', name: 'Deltagare A', birthYear: 1990, susId: 7 } as Journey['participant'],
    asOf: '2025-12-01',
    closed: { date: '2025-11-30', reason: 'arbete' },
    susNote: 'kept',
  } as Journey;

  it('sets every detail it is given and keeps everything else', () => {
    const next = withParticipant(base, {
      participant: { ref: 'P-2', name: 'Deltagare B', birthYear: 1991 },
      asOf: '2026-01-01',
      closed: { date: '2025-12-31', reason: 'studier' },
    });
    expect(next).toEqual({
      ...base,
      participant: { ref: 'P-2', name: 'Deltagare B', birthYear: 1991 },
      asOf: '2026-01-01',
      closed: { date: '2025-12-31', reason: 'studier' },
    });
    expect(base).toEqual(frozen);
  });

  it('removes a name, birth year and reference day left empty, and reopens a closed journey with null', () => {
    const next = withParticipant(full, { participant: { ref: 'P-1', name: '' }, asOf: '', closed: null });
    expect(next).toEqual({
      ...base,
      participant: { ref: 'P-1', susId: 7 },
      closed: null,
      susNote: 'kept',
    });
    // What is left empty is gone, not kept as a property holding undefined: the journey is the
    // one its file reads back as (section 5), key for key.
    const read = parseJourney(serializeJourney(next));
    expect(read.ok && read.journey).toStrictEqual(next);
    expect(full.participant).toEqual({ ref: 'P-1', name: 'Deltagare A', birthYear: 1990, susId: 7 });
  });

  it('gives a journey that was never closed no `closed` at all', () => {
    const next = withParticipant(base, { participant: { ref: 'P-1' }, closed: null });
    expect('closed' in next).toBe(false);
    expect(next).toEqual(base);
  });
});
