/**
 * What a person is told about a refused file (journey-format.md section 2, docs/format.md
 * "Files" and "The figures file"): each problem at its JavaScript path, in the English of the
 * contract, with the code and parameters the app translates. The behaviours that the mutation run
 * of `issues.ts` (issue #29) found untested; each test was seen to fail with its mutant planted by
 * hand.
 */
import { describe, expect, it } from 'vitest';
import {
  figuresFromJourneys,
  generateCohort,
  journeyFromData,
  parseJourney,
  readFigures,
  serializeFigures,
} from './index';
import { lazy } from './testing/lazy';
import { type Loose, remove, set, text, with_ } from './testing/parseBuilders';

const errors = (r: { ok: true } | { ok: false; errors: unknown[] }) => (r.ok ? [] : r.errors);
const refused = (...changes: Parameters<typeof with_>) => errors(parseJourney(text(with_(...changes))));

describe('a value of the wrong type: what it is, and what was expected', () => {
  it.each([
    ['id', null, 'null is null, expected text', 'string'],
    ['id', 42, '42 is a number, expected text', 'string'],
    ['id', true, 'true is true/false, expected text', 'string'],
    ['id', {}, '{} is an object, expected text', 'string'],
    ['participant.name', ['A'], '["A"] is a list, expected text', 'string'],
    ['participant.birthYear', '1990', '"1990" is text, expected a number', 'number'],
    ['participant.birthYear', 1990.5, '1990.5 is a number, expected a whole number', 'int'],
    ['interventions[0].preparatory', 'yes', '"yes" is text, expected true or false', 'boolean'],
    ['participant', 'P-1', '"P-1" is text, expected an object', 'object'],
    ['interventions[2].extensions', {}, '{} is an object, expected a list', 'array'],
  ])('%s: %j', (path, value, message, expected) => {
    expect(refused(set(path, value))).toEqual([
      { path, code: 'wrongType', message, params: { value: JSON.stringify(value), expected } },
    ]);
  });

  // journeyFromData also checks what the app's own forms and storage give, which need not be JSON.
  it('names a value that JSON cannot write (a bigint) as JavaScript writes it, with its type', () => {
    expect(errors(journeyFromData(with_(set('id', 10n))))).toEqual([
      {
        path: 'id',
        code: 'wrongType',
        message: '10 is bigint, expected text',
        params: { value: '10', expected: 'string' },
      },
    ]);
  });

  it('names an object that refers to itself without failing to write it', () => {
    const self: Loose = {};
    self.self = self;
    expect(errors(journeyFromData(with_(set('participant.name', self))))).toEqual([
      {
        path: 'participant.name',
        code: 'wrongType',
        message: '[object Object] is an object, expected text',
        params: { value: '[object Object]', expected: 'string' },
      },
    ]);
  });
});

describe('a value shown in a message is shortened past 60 characters', () => {
  it('shows a value of exactly 60 characters whole', () => {
    const value = JSON.stringify('x'.repeat(58));
    expect(value).toHaveLength(60);
    expect(refused(set('interventions[0].start', 'x'.repeat(58)))).toEqual([
      { path: 'interventions[0].start', code: 'notDate', message: `${value} is not a date`, params: { value } },
    ]);
  });

  it('shows one of 61 characters as its first 57 and "..."', () => {
    const shown = `"${'x'.repeat(56)}...`;
    expect(refused(set('interventions[0].start', 'x'.repeat(59)))).toEqual([
      { path: 'interventions[0].start', code: 'notDate', message: `${shown} is not a date`, params: { value: shown } },
    ]);
  });
});

describe('limits: the value, the limit, and the limit as a parameter', () => {
  it('text that is empty', () => {
    expect(refused(set('id', ''))).toEqual([{ path: 'id', code: 'tooShort', message: 'is empty', params: { min: 1 } }]);
  });

  it('text that is too long', () => {
    expect(refused(set('id', 'x'.repeat(201)))).toEqual([
      { path: 'id', code: 'tooLong', message: 'is longer than 200 characters', params: { max: 200 } },
    ]);
  });

  it('a number below its range', () => {
    expect(refused(set('participant.birthYear', 1899))).toEqual([
      {
        path: 'participant.birthYear',
        code: 'tooSmall',
        message: '1899 is less than 1900',
        params: { value: '1899', min: 1900 },
      },
    ]);
  });

  it('a number above its range', () => {
    expect(refused(set('participant.birthYear', 2101))).toEqual([
      {
        path: 'participant.birthYear',
        code: 'tooBig',
        message: '2101 is more than 2100',
        params: { value: '2101', max: 2100 },
      },
    ]);
  });
});

describe('a value that is not one of those allowed', () => {
  it('lists every allowed value, comma-separated', () => {
    const allowed = '"decision", "assessment", "meeting", "deviation", "note"';
    expect(refused(set('events[0].type', 'party'))).toEqual([
      {
        path: 'events[0].type',
        code: 'notOneOf',
        message: `"party" is not one of ${allowed}`,
        params: { value: '"party"', allowed },
      },
    ]);
  });
});

describe('a scenario change and its op (journey-format.md section 6)', () => {
  it('a change with an unknown op names the op and the five changes there are', () => {
    expect(refused(set('scenarios[0].changes[0].op', 'explode'))).toEqual([
      {
        path: 'scenarios[0].changes[0].op',
        code: 'unknownOp',
        message: '"explode" is not a known change (extend, shift, startAfter, add, remove)',
        params: { value: '"explode"' },
      },
    ]);
  });

  it('a change without an op: the op is required', () => {
    expect(refused(remove('scenarios[0].changes[0].op'))).toEqual([
      { path: 'scenarios[0].changes[0].op', code: 'required', message: 'is required' },
    ]);
  });
});

describe('the figures file: each refusal names its place (docs/format.md, "The figures file")', () => {
  const file = lazy(() =>
    serializeFigures(
      figuresFromJourneys(
        generateCohort(10, 3, '2026-03-02'),
        { asOf: '2026-03-02' },
        { label: 'Test', madeAt: '2026-03-02T10:00:00Z', resanVersion: '0.1.0', filters: null },
      ),
    ),
  );
  const refusedFigures = (change: (f: Loose) => void) => {
    const f = JSON.parse(file()) as Loose;
    change(f);
    return errors(readFigures(JSON.stringify(f)));
  };

  it('reads the file as made (the cases below change one thing each)', () => {
    expect(readFigures(file()).ok).toBe(true);
  });

  it('a missing version is required, as a missing field of a journey is', () => {
    expect(refusedFigures((f) => delete f.version)).toEqual([
      { path: 'version', code: 'required', message: 'is required' },
    ]);
  });

  it.each([
    ['null', null],
    ['"2"', '2'],
  ])('a version of %s is not valid', (shown, version) => {
    expect(refusedFigures((f) => (f.version = version))).toEqual([
      { path: 'version', code: 'invalid', message: `${shown} is not valid`, params: { value: shown } },
    ]);
  });

  it('a map of names (a record) expects an object, a pair (a tuple) a list, in words', () => {
    expect(
      refusedFigures((f) => {
        (f.provenance as Loose).filters = 'x';
        ((f.figures as Loose).waits as Loose).events = [5];
      }),
    ).toEqual([
      {
        path: 'provenance.filters',
        code: 'wrongType',
        message: '"x" is text, expected an object',
        params: { value: '"x"', expected: 'record' },
      },
      {
        path: 'figures.waits.events[0]',
        code: 'wrongType',
        message: '5 is a number, expected a list',
        params: { value: '5', expected: 'tuple' },
      },
    ]);
  });

  it('a check that is not 14 hexadecimal digits is not valid (not "not a date")', () => {
    expect(refusedFigures((f) => (f.check = 'xyz'))).toEqual([
      { path: 'check', code: 'invalid', message: '"xyz" is not valid', params: { value: '"xyz"' } },
    ]);
  });

  it('a property the format does not name is refused at its own path, in brackets when not an identifier', () => {
    expect(
      refusedFigures((f) => {
        f['x-extra'] = [];
        (f.provenance as Loose).note = 'hej';
        (f.provenance as Loose).other = 1;
      }),
    ).toEqual([
      { path: 'provenance.note', code: 'notAllowed', message: 'is not allowed: the format has no such property' },
      { path: 'provenance.other', code: 'notAllowed', message: 'is not allowed: the format has no such property' },
      { path: '["x-extra"]', code: 'notAllowed', message: 'is not allowed: the format has no such property' },
    ]);
  });
});
