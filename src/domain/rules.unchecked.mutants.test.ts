/**
 * The rules run on unchecked data beside the schema, so that one pass reports every problem in a
 * file (rules.ts; journey-format.md section 2: an invalid file is refused with every problem at its
 * path, and an import never crashes). An entry that is not an object, or a birth year that is not a
 * number, is the schema's to report: the rules pass over it without crashing and without reading
 * anything into it. These are the behaviours the mutation run of `rules.ts` found untested; each
 * test was seen to fail with its mutant planted.
 */
import { describe, expect, it } from 'vitest';
import { parseJourney } from './index';
import { LAST_DAY } from './lastDay';
import { checkJourneyRules } from './rules';
import { push, set, text, with_ } from './testing/parseBuilders';

const refused = (...changes: Parameters<typeof with_>) => {
  const r = parseJourney(text(with_(...changes)));
  return r.ok ? [] : r.errors;
};
const notAnObject = (path: string) => ({
  path,
  code: 'wrongType',
  message: 'null is null, expected an object',
  params: { value: 'null', expected: 'object' },
});

describe('null where an object belongs: refused at that path, never "could not be read"', () => {
  it.each([
    ['participant', set('participant', null)],
    ['actors[1]', push('actors', null)],
    ['kinds[1]', push('kinds', null)],
    ['interventions[3]', push('interventions', null)],
    ['mandates[1]', push('mandates', null)],
    ['events[1]', push('events', null)],
    ['annotations[1]', push('annotations', null)],
    ['scenarios[1]', push('scenarios', null)],
    ['scenarios[0].changes[5]', push('scenarios[0].changes', null)],
  ])('%s', (path, change) => {
    expect(refused(change)).toEqual([notAnObject(path)]);
  });

  it('the rules alone: nothing of their own to say, and no crash', () => {
    const data = {
      participant: null,
      actors: [null],
      kinds: [null],
      interventions: [null],
      mandates: [null],
      events: [null],
      annotations: [null],
      scenarios: [null, { changes: [null, { op: 'add', intervention: null }] }],
    };
    expect(checkJourneyRules(data)).toEqual({ errors: [], warnings: [] });
  });
});

describe('the birth year the rules read is a number', () => {
  const ae = (start: string, end: string) =>
    push('interventions', { id: 'ae', kind: 'aktivitetsersattning', start, end });

  it('a birth year written as text is no birth year: no age limit of aktivitetsersättning, so nothing past 9999-12-31', () => {
    expect(refused(set('participant.birthYear', '1990'), ae('2015-01-01', '2016-12-31'))).toEqual([
      {
        path: 'participant.birthYear',
        code: 'wrongType',
        message: '"1990" is text, expected a number',
        params: { value: '"1990"', expected: 'number' },
      },
    ]);
  });

  it('nor an age warning with a year made of text', () => {
    const data = {
      participant: { birthYear: '1990' },
      interventions: [{ id: 'ae', kind: 'aktivitetsersattning', start: '2015-01-01', end: '2020-06-30' }],
    };
    expect(checkJourneyRules(data)).toEqual({ errors: [], warnings: [] });
  });

  it('a number out of range is still the birth year the limits count from: (Y + 30)-11-30 past 9999-12-31 is named', () => {
    // Y = 9975: aktivitetsersättning ends at the latest on 10005-11-30 (section 3).
    expect(refused(set('participant.birthYear', 9975), ae('9990-01-01', '9990-12-31'))).toEqual([
      {
        path: 'interventions[3].start',
        code: 'afterMaxDate',
        message: `the statutory maximum falls after ${LAST_DAY}, the last day Resan can show`,
        params: { context: 'limit', max: LAST_DAY },
      },
      {
        path: 'participant.birthYear',
        code: 'tooBig',
        message: '9975 is more than 2100',
        params: { value: '9975', max: 2100 },
      },
    ]);
  });
});
