/**
 * The rules of a journey file that a JSON Schema cannot state (journey-format.md section 2,
 * docs/format.md "Files" and "A journey, field by field"): unique ids, references that resolve,
 * an actor where the kind has none, a sjukpenning's `sickFrom`, and the last day Resan can show.
 * Each problem is reported once, at its path, with the code and parameters the app translates
 * (issues.ts) and the form reads (a duplicate's `list` and `value`). These are the behaviours the
 * mutation run of `rules.ts` found untested; each test was seen to fail with its mutant planted.
 */
import { describe, expect, it } from 'vitest';
import { parseJourney } from './index';
import { LAST_DAY } from './lastDay';
import { push, remove, set, text, with_ } from './testing/parseBuilders';

const refused = (...changes: Parameters<typeof with_>) => {
  const r = parseJourney(text(with_(...changes)));
  return r.ok ? [] : r.errors;
};
const where = (...changes: Parameters<typeof with_>) => refused(...changes).map((e) => [e.path, e.code]);

describe('ids are unique within their own list', () => {
  it.each([
    ['actors', { id: 'scö', label: 'igen' }, 'actors[1].id'],
    ['kinds', { id: 'lugn-uppstart', label: 'igen', category: 'ovrigt', defaultActor: 'scö' }, 'kinds[1].id'],
    ['mandates', { id: 'm1', actor: 'af', start: '2025-02-01' }, 'mandates[1].id'],
    ['events', { id: 'e1', date: '2025-02-01', type: 'note' }, 'events[1].id'],
    ['annotations', { id: 'n1', type: 'note', start: '2025-02-01', end: '2025-02-02' }, 'annotations[1].id'],
    ['scenarios', { id: 's1', name: 'igen', changes: [] }, 'scenarios[1].id'],
  ])('a second %s entry with a used id: the error names the value and the list', (list, item, path) => {
    const value = item.id;
    expect(refused(push(list, item))).toEqual([
      { path, code: 'duplicateId', message: `"${value}" is used twice in ${list}`, params: { value, list } },
    ]);
  });

  it('an intervention id used twice', () => {
    const again = { id: 'b', kind: 'komvux', start: '2025-08-18' };
    expect(refused(push('interventions', again))).toEqual([
      {
        path: 'interventions[3].id',
        code: 'duplicateId',
        message: '"b" is used twice in interventions',
        params: { value: 'b', list: 'interventions' },
      },
    ]);
  });

  it('entries without an id, or with one that is not text, are no duplicates: only the id itself is wrong', () => {
    const event = { date: '2025-02-01', type: 'note' };
    expect(where(push('events', event, event))).toEqual([
      ['events[1].id', 'required'],
      ['events[2].id', 'required'],
    ]);
    expect(where(set('mandates[0].id', 5), push('mandates', { id: 5, actor: 'af', start: '2025-02-01' }))).toEqual([
      ['mandates[0].id', 'wrongType'],
      ['mandates[1].id', 'wrongType'],
    ]);
  });
});

describe('references resolve', () => {
  it('an actor that is neither built in nor in `actors`', () => {
    expect(refused(set('mandates[0].actor', 'nobody'))).toEqual([
      {
        path: 'mandates[0].actor',
        code: 'unknownActor',
        message: '"nobody" is not a known actor',
        params: { value: 'nobody' },
      },
    ]);
  });

  it('a kind that is neither built in nor in `kinds`', () => {
    expect(refused(set('interventions[0].kind', 'magic'))).toEqual([
      {
        path: 'interventions[0].kind',
        code: 'unknownKind',
        message: '"magic" is not a known kind',
        params: { value: 'magic' },
      },
    ]);
  });

  it('a missing kind is reported once, as missing, not also as unknown', () => {
    expect(refused(remove('interventions[0].kind'))).toEqual([
      { path: 'interventions[0].kind', code: 'required', message: 'is required' },
    ]);
  });

  it('an intervention a scenario names, in `intervention` and in `after`', () => {
    const unknown = (path: string, value: string) => ({
      path,
      code: 'unknownIntervention',
      message: `"${value}" is not an intervention in this journey`,
      params: { value },
    });
    expect(refused(set('scenarios[0].changes[0].intervention', 'zz'))).toEqual([
      unknown('scenarios[0].changes[0].intervention', 'zz'),
    ]);
    expect(refused(set('scenarios[0].changes[2].after', 'yy'))).toEqual([
      unknown('scenarios[0].changes[2].after', 'yy'),
    ]);
  });

  it("a kind's default actor is checked even when the kind's own id is broken (every problem is listed)", () => {
    const kind = { id: 7, label: 'Egen', category: 'ovrigt', defaultActor: 'nobody' };
    expect(where(push('kinds', kind))).toEqual([
      ['kinds[1].defaultActor', 'unknownActor'],
      ['kinds[1].id', 'wrongType'],
    ]);
  });
});

describe('an intervention needs an actor: its own, or its kind default', () => {
  const own = { id: 'egen', label: 'Egen', category: 'ovrigt' };

  it('neither: the error names the kind', () => {
    expect(refused(push('kinds', own), push('interventions', { id: 'x', kind: 'egen', start: '2025-06-02' }))).toEqual([
      {
        path: 'interventions[3].actor',
        code: 'noActor',
        message: 'is required: kind "egen" has no default actor',
        params: { kind: 'egen' },
      },
    ]);
  });

  it('an actor that is given but not text is a wrong type, not also a missing actor', () => {
    const iv = { id: 'x', kind: 'egen', start: '2025-06-02', actor: 7 };
    expect(where(push('kinds', own), push('interventions', iv))).toEqual([['interventions[3].actor', 'wrongType']]);
  });
});

describe("a sjukpenning's sickFrom is not after its start", () => {
  it('the error names the first day of sickness and the start', () => {
    const iv = { id: 's', kind: 'sjukpenning', start: '2025-02-03', end: '2025-03-01', sickFrom: '2025-02-04' };
    expect(refused(push('interventions', iv))).toEqual([
      {
        path: 'interventions[3].sickFrom',
        code: 'sickFromAfterStart',
        message: '"2025-02-04" is after the start "2025-02-03"',
        params: { value: '2025-02-04', start: '2025-02-03' },
      },
    ]);
  });
});

describe('an intervention a scenario adds follows every rule of an intervention, at its own path', () => {
  it("an unknown kind in an added intervention is reported under the change's `intervention`", () => {
    expect(where(set('scenarios[0].changes[3].intervention.kind', 'magic'))).toEqual([
      ['scenarios[0].changes[3].intervention.kind', 'unknownKind'],
    ]);
  });

  it('two added interventions without an id are no duplicates: each id is missing', () => {
    const add = { op: 'add', intervention: { kind: 'komvux', start: '2026-01-12' } };
    expect(where(push('scenarios[0].changes', add, add))).toEqual([
      ['scenarios[0].changes[5].intervention.id', 'required'],
      ['scenarios[0].changes[6].intervention.id', 'required'],
    ]);
  });
});

describe('the last day Resan can show (9999-12-31): the place that goes past it is named', () => {
  // Nystartsjobb: 12 months a decision, 24 in all (birth year 1990: no youth rule in year 9998).
  const past = (context: 'end' | 'limit', path: string) => ({
    path,
    code: 'afterMaxDate',
    message:
      context === 'end'
        ? `the projected end is after ${LAST_DAY}, the last day Resan can show`
        : `the statutory maximum falls after ${LAST_DAY}, the last day Resan can show`,
    params: { context, max: LAST_DAY },
  });
  const nystart = (more: object) => push('interventions', { id: 'x', kind: 'nystartsjobb', ...more });

  it('a statutory maximum past it is named at the start, whatever the planned end and extensions', () => {
    // Ends 9999-01-31; the maximum of 24 months from 9998-06-01 is 10000-05-31.
    const iv = { start: '9998-06-01', plannedEnd: '9998-12-31', extensions: [{ months: 1 }] };
    expect(refused(nystart(iv))).toEqual([past('limit', 'interventions[3].start')]);
  });

  it('a projected end past it from the decision length alone is named at the start, an empty list of extensions or none', () => {
    // 12 months from 9999-06-01 end on 10000-05-31.
    expect(refused(nystart({ start: '9999-06-01', extensions: [] }))).toEqual([past('end', 'interventions[3].start')]);
    expect(refused(nystart({ start: '9999-06-01' }))).toEqual([past('end', 'interventions[3].start')]);
  });

  it('a projected end that the extensions take past it is named at the extensions', () => {
    const iv = { start: '9999-01-04', plannedEnd: '9999-06-30', extensions: [{ months: 12 }] };
    expect(refused(nystart(iv))).toEqual([past('end', 'interventions[3].extensions')]);
  });
});
