import { describe, expect, it } from 'vitest';
import { draftOf, emptyExtension, fieldKeys, itemOf, matchesSearch, numberOrText } from './fields';

describe('numberOrText', () => {
  it('reads numbers, with a decimal comma too', () => {
    expect(numberOrText('75')).toBe(75);
    expect(numberOrText(' 12.5 ')).toBe(12.5);
    expect(numberOrText('12,5')).toBe(12.5);
    expect(numberOrText('-3')).toBe(-3);
  });
  it('leaves what is not a number as typed, and nothing as nothing', () => {
    expect(numberOrText('tio')).toBe('tio');
    expect(numberOrText('1e3')).toBe('1e3');
    expect(numberOrText('')).toBeUndefined();
    expect(numberOrText('   ')).toBeUndefined();
  });
});

describe('draftOf and itemOf', () => {
  const stored = {
    id: 'i3',
    kind: 'introduktionsjobb',
    title: 'Jobb',
    start: '2025-02-03',
    plannedEnd: '2026-02-02',
    extensions: [{ months: 6, decidedOn: '2026-01-10', 'x-by': 'AF' }],
    extent: 75,
    preparatory: false,
    susId: 991,
    'x-source': { system: 'SUS' },
  };

  it('gives back the same item when nothing is changed', () => {
    const draft = draftOf('interventions', stored, 'unused');
    expect(draft.values.extent).toBe('75');
    expect(draft.values.preparatory).toBe('false');
    expect(itemOf('interventions', stored, draft)).toEqual(stored);
  });

  it('keeps unknown properties, deletes emptied ones and converts numbers', () => {
    const draft = draftOf('interventions', stored, 'unused');
    draft.values.title = '  ';
    draft.values.extent = '50';
    draft.values.preparatory = '';
    draft.values.end = ' 2025-06-30 ';
    draft.extensions[0].months = 'sex';
    draft.extensions[0].decidedOn = '';
    draft.cancelled = true;
    const item = itemOf('interventions', stored, draft);
    expect(item).toEqual({
      id: 'i3',
      kind: 'introduktionsjobb',
      start: '2025-02-03',
      end: '2025-06-30',
      plannedEnd: '2026-02-02',
      extensions: [{ months: 'sex', 'x-by': 'AF' }],
      extent: 50,
      cancelled: true,
      susId: 991,
      'x-source': { system: 'SUS' },
    });
    expect('title' in item).toBe(false);
    expect('preparatory' in item).toBe(false);
    expect(stored.title).toBe('Jobb'); // the stored object is untouched
  });

  it('parallel (issue 21): nothing stored until chosen; a choice is stored as a boolean, kept when untouched', () => {
    const sfi = { id: 's', kind: 'sfi', start: '2024-01-08' };
    const draft = draftOf('interventions', sfi, 'x');
    expect(draft.values.parallel).toBe('');
    expect('parallel' in itemOf('interventions', sfi, draft)).toBe(false);
    draft.values.parallel = 'true';
    expect(itemOf('interventions', sfi, draft).parallel).toBe(true);
    draft.values.parallel = 'false';
    expect(itemOf('interventions', sfi, draft).parallel).toBe(false);
    const beside = { ...sfi, parallel: true };
    expect(itemOf('interventions', beside, draftOf('interventions', beside, 'x'))).toEqual(beside);
  });

  it('drops the extensions when every row is removed, keeps an untouched empty list', () => {
    const draft = draftOf('interventions', stored, 'x');
    draft.extensions = [];
    expect('extensions' in itemOf('interventions', stored, draft)).toBe(false);
    const withEmpty = { id: 'i1', kind: 'sfi', start: '2024-01-01', extensions: [] };
    expect(itemOf('interventions', withEmpty, draftOf('interventions', withEmpty, 'x')).extensions).toEqual([]);
  });

  it('builds a new item with its prefilled id, or the fresh one when the id is emptied', () => {
    const draft = draftOf('events', undefined, 'e4');
    draft.values.date = '2025-11-17';
    draft.values.text = 'Trepartsmöte';
    expect(itemOf('events', undefined, draft, 'e4')).toEqual({
      id: 'e4',
      date: '2025-11-17',
      type: 'meeting',
      text: 'Trepartsmöte',
    });
    draft.values.id = '';
    expect(itemOf('events', undefined, draft, 'e4').id).toBe('e4');
  });

  it('saves the first day of sickness on a sjukpenning as sickFrom and removes it when cleared', () => {
    const sick = { id: 's1', kind: 'sjukpenning', start: '2025-03-15' };
    const draft = draftOf('interventions', sick, 'x');
    expect(draft.values.sickFrom).toBe('');
    draft.values.sickFrom = ' 2025-03-01 ';
    const item = itemOf('interventions', sick, draft);
    expect(item).toEqual({ ...sick, sickFrom: '2025-03-01' });
    const again = draftOf('interventions', item, 'x');
    expect(again.values.sickFrom).toBe('2025-03-01');
    again.values.sickFrom = '';
    expect('sickFrom' in itemOf('interventions', item, again)).toBe(false);
    expect(sick).toEqual({ id: 's1', kind: 'sjukpenning', start: '2025-03-15' }); // untouched
  });

  it('neither writes nor drops sickFrom on another kind (kept as written, not read)', () => {
    const other = { id: 'i1', kind: 'komvux', start: '2025-01-01', sickFrom: 'kept' };
    const draft = draftOf('interventions', other, 'x');
    expect(itemOf('interventions', other, draft)).toEqual(other);
    const fresh = draftOf('interventions', undefined, 'i2');
    fresh.values = { ...fresh.values, kind: 'komvux', start: '2025-01-01', sickFrom: '2024-12-01' };
    expect('sickFrom' in itemOf('interventions', undefined, fresh)).toBe(false);
  });

  it('lists field keys in form order with extension rows', () => {
    const draft = draftOf('interventions', undefined, 'i1');
    draft.extensions.push(emptyExtension());
    expect(fieldKeys('interventions', draft)).toContain('extensions[0].decidedOn');
    expect(fieldKeys('mandates', draftOf('mandates', undefined, 'm1'))).toEqual([
      'id',
      'actor',
      'label',
      'start',
      'end',
    ]);
  });
});

describe('matchesSearch', () => {
  it('ignores case and accents and needs every word', () => {
    expect(matchesSearch('Försteg – inget tak', 'forsteg')).toBe(true);
    expect(matchesSearch('Lönebidrag för utveckling i anställning', 'lone utv')).toBe(true);
    expect(matchesSearch('Lönebidrag för anställning', 'lone utv')).toBe(false);
    expect(matchesSearch('Komvux', '')).toBe(true);
  });
});
