/**
 * The warnings of a journey file (docs/format.md "Files", "Custom actors and kinds", "Rule limit and
 * the maximum"; shared/domain-rules.md): they do not stop the file. A custom actor or kind that
 * replaces a built-in one, a colour that is not `#rrggbb`, an age rule that the birth year alone
 * cannot settle (`ageUncertain`), a kind used outside its period (`kindUnavailable`). Each at its
 * path, with the parameters the message catalogue reads (`context` picks the wording). These are the
 * behaviours the mutation run of `rules.ts` found untested; each test was seen to fail with its mutant
 * planted.
 */
import { describe, expect, it } from 'vitest';
import { parseJourney } from './index';
import { push, set, text, with_ } from './testing/parseBuilders';

/** The warnings of the valid journey (birth year 1990) with the changes; it must open. */
function warningsOf(...changes: Parameters<typeof with_>) {
  const r = parseJourney(text(with_(...changes)));
  if (!r.ok) throw new Error(`expected the file to open: ${JSON.stringify(r.errors)}`);
  return r.warnings;
}

describe('a custom actor or kind with a built-in id replaces it, with a warning', () => {
  it('an actor', () => {
    expect(warningsOf(push('actors', { id: 'af', label: 'AF Väst' }))).toEqual([
      {
        path: 'actors[1].id',
        code: 'replacesBuiltIn',
        message: '"af" replaces the built-in actor',
        params: { value: 'af' },
      },
    ]);
  });

  it('a kind', () => {
    const own = { id: 'komvux', label: 'Komvux lokalt', category: 'utbildning', defaultActor: 'kommun' };
    expect(warningsOf(push('kinds', own))).toEqual([
      {
        path: 'kinds[1].id',
        code: 'replacesBuiltIn',
        message: '"komvux" replaces the built-in kind',
        params: { value: 'komvux' },
      },
    ]);
  });
});

describe("an actor's colour is written #rrggbb; otherwise the app picks one and warns", () => {
  it('an actor without a colour: nothing to warn about', () => {
    expect(warningsOf(set('actors[0]', { id: 'scö', label: 'Samordningsförbundet' }))).toEqual([]);
  });

  it.each(['#2a7ab0', '#2A7AB0', '#000000'])('%s is a colour', (color) => {
    expect(warningsOf(set('actors[0].color', color))).toEqual([]);
  });

  it.each(['purple', ' #2a7ab0', 'rgb #2a7ab0', '#2a7ab0 ', '#2a7ab0ff', '#2a7ab', '#f', '#xyz', '#', '2a7ab0'])(
    '%j is not',
    (color) => {
      expect(warningsOf(set('actors[0].color', color))).toEqual([
        {
          path: 'actors[0].color',
          code: 'badColor',
          message: `${JSON.stringify(color)} is not a colour (#rrggbb); the app picks one`,
          params: { value: color },
        },
      ]);
    },
  );
});

describe('nystartsjobb: the youth maximum when only the birth year is known (age = start year − birthYear)', () => {
  const nystart = (start: string) =>
    push('interventions', { id: 'n', kind: 'nystartsjobb', start, end: `${start.slice(0, 4)}-12-31` });
  const uncertain = (age: number, applied: 'yes' | 'no') => ({
    path: 'interventions[3].start',
    code: 'ageUncertain',
    message: `the participant is ${age - 1} or ${age} at start (only the birth year is known): the youth maximum of 12 months may or may not apply`,
    params: { kind: 'nystartsjobb', age, ageBefore: age - 1, months: 12, applied },
  });

  it('20 by the year (1990, 2010): may be 19, so the 12 months Resan applies may not apply', () => {
    expect(warningsOf(nystart('2010-03-01'))).toEqual([uncertain(20, 'yes')]);
  });

  it('25 by the year (1990, 2015): may be 24, so the 12 months Resan does not apply may apply', () => {
    expect(warningsOf(nystart('2015-03-01'))).toEqual([uncertain(25, 'no')]);
  });

  it('21 to 24 and 26 are certain: no warning', () => {
    for (const year of [2011, 2014, 2016]) expect(warningsOf(nystart(`${year}-01-01`))).toEqual([]);
  });
});

describe('aktivitetsersättning ends before 30: warned when the end falls after (birthYear + 29)-12-31', () => {
  const ae = (end: string) =>
    push('interventions', { id: 'ae', kind: 'aktivitetsersattning', start: '2018-01-01', end });

  it('the warning at the intervention names the age, the year and the earliest possible last day', () => {
    expect(warningsOf(ae('2020-06-30'))).toEqual([
      {
        path: 'interventions[3]',
        code: 'ageUncertain',
        message:
          'the participant turns 30 in 2020 (only the birth year is known): Activity compensation may end as early as 2019-12-31',
        params: { kind: 'aktivitetsersattning', age: 30, year: 2020, value: '2019-12-31', context: 'untilAge' },
      },
    ]);
  });

  it('an end on (birthYear + 29)-12-31 is certain: no warning', () => {
    expect(warningsOf(ae('2019-12-31'))).toEqual([]);
  });
});

describe('a kind used outside the years it existed: warned, and drawn', () => {
  const unavailable = (kind: string, value: string, message: string, from: string, to: string, context: string) => ({
    path: 'interventions[3].start',
    code: 'kindUnavailable',
    message,
    params: { kind, from, to, value, context },
  });
  const starting = (kind: string, start: string) => push('interventions', { id: 'x', kind, start, end: start });

  it('a kind with a first and a last day (stöd och matchning, 2014-2021)', () => {
    expect(warningsOf(starting('stod-och-matchning', '2022-03-01'))).toEqual([
      unavailable(
        'stod-och-matchning',
        '2022-03-01',
        'Support and matching existed 2014-01-01 to 2021-12-31; this one starts 2022-03-01',
        '2014-01-01',
        '2021-12-31',
        'between',
      ),
    ]);
  });

  it('a kind with a last day only (extratjänst: no new decisions after 2021)', () => {
    expect(warningsOf(starting('extratjanst', '2023-03-01'))).toEqual([
      unavailable(
        'extratjanst',
        '2023-03-01',
        'Extra job has had no new decisions after 2021-12-31; this one starts 2023-03-01',
        '',
        '2021-12-31',
        'until',
      ),
    ]);
  });

  it('a kind with a first day only (etableringsjobb from 2024)', () => {
    expect(warningsOf(starting('etableringsjobb', '2023-12-31'))).toEqual([
      unavailable(
        'etableringsjobb',
        '2023-12-31',
        'Establishment job exists from 2024-01-01; this one starts 2023-12-31',
        '2024-01-01',
        '',
        'from',
      ),
    ]);
  });
});
