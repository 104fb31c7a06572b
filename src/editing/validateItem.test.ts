import { describe, expect, it } from 'vitest';
import type { Journey } from '../domain';
import { checkItem, existingProblems, withItem } from './validateItem';

const journey: Journey = {
  format: 'journey',
  version: 1,
  id: 'j1',
  participant: { ref: 'P-1' },
  interventions: [
    { id: 'i1', kind: 'sfi', start: '2022-10-03', end: '2024-06-14' },
    { id: 'i2', kind: 'forsteg', start: '2024-05-06' },
  ],
  mandates: [],
  events: [],
  annotations: [],
  scenarios: [{ id: 's1', name: 'Förläng', changes: [{ op: 'extend', intervention: 'i2', months: 6 }] }],
};

const keys = ['kind', 'actor', 'id', 'start', 'end', 'extensions[0].months', 'extensions[0].decidedOn'];

describe('checkItem', () => {
  it('accepts a valid edit and keeps the index of the item', () => {
    const item = { id: 'i2', kind: 'forsteg', start: '2024-05-06', end: '2024-08-30', susId: 991 };
    const r = checkItem(journey, 'interventions', item, 'i2', keys);
    expect(r.ok).toBe(true);
    expect(withItem(journey, 'interventions', item, 'i2').interventions[1]).toBe(item);
  });

  it('puts errors under their fields with the importer’s codes', () => {
    const item = {
      id: 'i2',
      kind: 'forsteg',
      start: '2024-13-01',
      end: '2024-01-01',
      extensions: [{ months: 'sex' }, { months: 2, extra: { months: 'x' } }],
    };
    const r = checkItem(journey, 'interventions', item, 'i2', keys);
    expect(r.ok).toBe(false);
    expect(r.fields.start?.map((e) => e.code)).toEqual(['notDate']);
    expect(r.fields.start?.[0].path).toBe('interventions[1].start');
    expect(r.fields['extensions[0].months']?.[0].code).toBe('wrongType');
  });

  it('sends errors no field shows to the general list', () => {
    const item = { id: 'i2', kind: 'forsteg', start: '2024-05-06', extensions: [{ months: 1 }, { months: 0 }] };
    const r = checkItem(journey, 'interventions', item, 'i2', keys);
    expect(r.general.map((e) => e.path)).toEqual(['interventions[1].extensions[1].months']);
  });

  it('reports a new item whose id is taken, without replacing the other one', () => {
    const item = { id: 'i1', kind: 'komvux', start: '2025-01-01' };
    const r = checkItem(journey, 'interventions', item, undefined, keys);
    expect(r.fields.id?.[0].code).toBe('duplicateId');
    expect(withItem(journey, 'interventions', item, undefined).interventions).toHaveLength(3);
  });

  it('reports a renamed item whose new id is used further down the list', () => {
    const item = { id: 'i2', kind: 'sfi', start: '2022-10-03' };
    const r = checkItem(journey, 'interventions', item, 'i1', keys);
    expect(r.fields.id?.[0]).toMatchObject({ code: 'duplicateId', path: 'interventions[1].id' });
  });

  it('reports a rename that breaks a scenario, but not problems the journey already had', () => {
    const renamed = checkItem(journey, 'interventions', { id: 'i9', kind: 'forsteg', start: '2024-05-06' }, 'i2', keys);
    expect(renamed.general.map((e) => e.code)).toEqual(['unknownIntervention']);
    const broken: Journey = {
      ...journey,
      scenarios: [{ id: 's1', name: 'x', changes: [{ op: 'remove', intervention: 'zz' }] }],
    };
    const r = checkItem(
      broken,
      'interventions',
      { id: 'i2', kind: 'forsteg', start: '2024-05-06' },
      'i2',
      keys,
      existingProblems(broken),
    );
    expect(r.ok).toBe(true);
  });

  it('asks for a required actor and finds personnummer, which do not block', () => {
    const mandate = { id: 'm1', start: '2024-09-02', label: 'Inskriven 19850709-9805' };
    const r = checkItem(journey, 'mandates', mandate, undefined, ['id', 'actor', 'label', 'start', 'end']);
    expect(r.fields.actor?.[0]).toMatchObject({ code: 'required', path: 'mandates[0].actor' });
    expect(r.personnummer).toMatchObject([{ code: 'personnummer', path: 'label' }]);
    const fixed = checkItem(journey, 'mandates', { ...mandate, actor: 'af' }, undefined, ['id', 'actor']);
    expect(fixed.ok).toBe(true);
    expect(fixed.personnummer).toHaveLength(1);
  });

  it('passes on the importer’s warnings for the item', () => {
    const item = { id: 'i3', kind: 'extratjanst', start: '2023-03-01' };
    const r = checkItem(journey, 'interventions', item, undefined, keys);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => [w.path, w.code])).toEqual([['start', 'kindUnavailable']]);
  });

  it('puts a first day of sickness after the start under its field, in the importer’s words', () => {
    const sickKeys = [...keys, 'sickFrom'];
    const item = { id: 's1', kind: 'sjukpenning', start: '2025-03-15', sickFrom: '2025-03-20' };
    const r = checkItem(journey, 'interventions', item, undefined, sickKeys);
    expect(r.ok).toBe(false);
    expect(r.fields.sickFrom).toMatchObject([
      { code: 'sickFromAfterStart', path: 'interventions[2].sickFrom', params: { value: '2025-03-20' } },
    ]);
    const before = checkItem(journey, 'interventions', { ...item, sickFrom: '2025-03-01' }, undefined, sickKeys);
    expect(before.ok).toBe(true);
  });

  it('passes on the item’s own warning: aktivitetsersättning with only the birth year', () => {
    const born = { ...journey, participant: { ref: 'P-1', birthYear: 1996 } };
    const item = { id: 'a1', kind: 'aktivitetsersattning', start: '2024-07-01' };
    const r = checkItem(born, 'interventions', item, undefined, keys);
    expect(r.ok).toBe(true);
    expect(r.warnings).toMatchObject([
      { path: '', code: 'ageUncertain', params: { context: 'untilAge', year: 2026, value: '2025-12-31' } },
    ]);
  });
});
