/**
 * Reading files (docs/format.md, "Files"; journey-format.md section 2): the behaviours that the
 * mutation run of `parse.ts` (issue #29) found untested. Each test was seen to fail with its
 * mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, cohortFromData, journeyFromData, parseCohort, parseFile, parseJourney } from './index';
import { MAX_DEPTH } from './lossless';
import { type Loose, push, text, valid, with_ } from './testing/parseBuilders';

const errors = (r: { ok: true } | { ok: false; errors: unknown[] }) => (r.ok ? [] : r.errors);
const firstCode = (input: string) => {
  const r = parseJourney(input);
  return r.ok ? 'ok' : r.errors[0].code;
};

describe('reading: what is refused before the JSON is read, and how it is said', () => {
  it('refuses what is not text with one notText error at the root', () => {
    expect(parseJourney(42 as never)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'notText', message: 'the file is not text' }],
    });
  });

  it('refuses a file over 100 MB with one tooLarge error that says so, with the limit in MB', () => {
    expect(parseJourney(' '.repeat(MAX_FILE_BYTES + 1))).toEqual({
      ok: false,
      errors: [{ path: '', code: 'tooLarge', message: 'the file is larger than 100 MB', params: { max: 100 } }],
    });
  });

  it('reads a file of exactly 100 MB written in ASCII only (one byte a character)', () => {
    // valid() has å, ä and ö: written as \u escapes, the file is ASCII.
    const body = text(valid()).replace(
      /[\u0080-\uffff]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    const r = parseJourney(body + ' '.repeat(MAX_FILE_BYTES - body.length));
    expect(r.ok).toBe(true);
  });

  // The size is in bytes of UTF-8: 1 byte up to U+007F, 2 up to U+07FF, 3 up to U+FFFF (the
  // surrogates aside), 4 for a character beyond U+FFFF (two UTF-16 code units). A text of exactly
  // 100 MB passes the size check (and, not being JSON, is then refused as notJson); one byte more
  // is tooLarge.
  it.each([
    ['U+007F', 1, '\u007f'],
    ['U+0080', 2, '\u0080'],
    ['U+07FF', 2, '\u07ff'],
    ['U+0800', 3, '\u0800'],
    ['U+D7FF', 3, '\ud7ff'],
    ['U+E000', 3, '\ue000'],
    ['U+FFFF', 3, '\uffff'],
    ['U+10000', 4, '\u{10000}'],
    ['U+10FFFF', 4, '\u{10ffff}'],
  ])('counts %s as %i bytes: exactly 100 MB of it passes the size check, one byte more does not', (_, bytes, ch) => {
    const exact = 'x'.repeat(MAX_FILE_BYTES % bytes) + ch.repeat(Math.floor(MAX_FILE_BYTES / bytes));
    expect(firstCode(exact)).toBe('notJson');
    expect(firstCode(`${exact}x`)).toBe('tooLarge');
  });

  it(`refuses nesting deeper than ${MAX_DEPTH} levels with the limit in its parameters`, () => {
    const [e] = errors(parseJourney(`${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`));
    expect(e).toMatchObject({
      code: 'tooDeep',
      message: `is nested more than ${MAX_DEPTH} levels deep`,
      params: { max: MAX_DEPTH },
    });
  });

  it('refuses text that is not JSON at the root of the file', () => {
    expect(errors(parseJourney('{'))).toEqual([
      expect.objectContaining({
        path: '',
        code: 'notJson',
        message: expect.stringMatching(/^the file is not valid JSON \(.+\)$/),
      }),
    ]);
  });

  it('says which property appears twice', () => {
    expect(errors(parseJourney('{"a":1,"a":2}'))).toEqual([
      {
        path: 'a',
        code: 'duplicateKey',
        message: 'the property "a" appears more than once in the same object',
        params: { key: '"a"' },
      },
    ]);
  });

  it('parseFile gives the reading errors as they are: not text, too large, not JSON', () => {
    expect(errors(parseFile(42 as never)).map((e) => (e as { code: string }).code)).toEqual(['notText']);
    expect(errors(parseFile(' '.repeat(MAX_FILE_BYTES + 1))).map((e) => (e as { code: string }).code)).toEqual([
      'tooLarge',
    ]);
    expect(errors(parseFile('{')).map((e) => (e as { code: string }).code)).toEqual(['notJson']);
  });
});

describe('reading: the envelope', () => {
  it.each(['null', '42', '"journey"', 'true', '[]', '[{"format":"journey"}]'])(
    'refuses the JSON value %s with one notObject error that names it and the expected journey',
    (json) => {
      const message = `${json} is not a journey (expected a JSON object)`;
      const expected = [{ path: '', code: 'notObject', message, params: { format: 'journey' } }];
      expect(errors(parseJourney(json))).toEqual(expected);
      expect(errors(parseFile(json))).toEqual(expected);
    },
  );

  it('refuses a cohort file that is not an object, naming the cohort', () => {
    expect(errors(parseCohort('null'))).toEqual([
      {
        path: '',
        code: 'notObject',
        message: 'null is not a cohort (expected a JSON object)',
        params: { format: 'cohort' },
      },
    ]);
  });

  it('refuses a cohort read as a journey with a wrongFormat error that names both', () => {
    expect(errors(parseJourney(text({ format: 'cohort', version: 1, journeys: [] })))).toEqual([
      {
        path: 'format',
        code: 'wrongFormat',
        message: 'this is a cohort file, not a journey file',
        params: { value: 'cohort', expected: 'journey' },
      },
    ]);
  });

  it('refuses a journey read as a cohort with a wrongFormat error that names both', () => {
    expect(errors(parseCohort(text(valid())))).toEqual([
      {
        path: 'format',
        code: 'wrongFormat',
        message: 'this is a journey file, not a cohort file',
        params: { value: 'journey', expected: 'cohort' },
      },
    ]);
  });
});

describe('reading: numbers with more digits than a double holds', () => {
  it('a whole-number field written so is read as a number: a birth year of 24 digits is too big, not "not a number"', () => {
    const input = text(valid()).replace('"birthYear":1990', '"birthYear":123456789012345678901234');
    const found = errors(parseJourney(input)) as { path: string; code: string }[];
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) expect(e).toMatchObject({ path: 'participant.birthYear', code: 'tooBig' });
  });

  it('reading of the spec: a birth year written 1990.0000000000000000001 is read as the number JSON gives, 1990', () => {
    const r = parseJourney(text(valid()).replace('"birthYear":1990', '"birthYear":1990.0000000000000000001'));
    expect(r.ok && r.journey.participant.birthYear).toBe(1990);
  });

  it('where text is expected, such a number is named as written and as a number', () => {
    const input = text(valid()).replace('"ref":"P-1"', '"ref":123456789012345678901234');
    expect(errors(parseJourney(input))).toEqual([
      {
        path: 'participant.ref',
        code: 'wrongType',
        message: '123456789012345678901234 is a number, expected text',
        params: { value: '123456789012345678901234', expected: 'string' },
      },
    ]);
  });

  it('the other problems of such a file still show their values', () => {
    const input = text(valid())
      .replace('"extent":75', '"extent":75.0000000000000000001')
      .replace('"start":"2025-01-07"', '"start":"2025-13-01"');
    expect(errors(parseJourney(input))).toEqual([
      {
        path: 'interventions[0].start',
        code: 'notDate',
        message: '"2025-13-01" is not a date',
        params: { value: '"2025-13-01"' },
      },
    ]);
  });
});

describe('reading: the list of problems', () => {
  it('names a sickFrom that is not a date once (the schema keeps it as written; the rules refuse it)', () => {
    const j = with_(
      push('interventions', { id: 's', kind: 'sjukpenning', start: '2025-06-02', sickFrom: '2025-13-01' }),
    );
    expect(errors(parseJourney(text(j)))).toEqual([
      {
        path: 'interventions[3].sickFrom',
        code: 'notDate',
        message: '"2025-13-01" is not a date',
        params: { value: '"2025-13-01"' },
      },
    ]);
  });

  it('lists problems in file order with numbers compared as numbers: interventions[2] before interventions[10]', () => {
    const j = valid();
    const ivs = j.interventions as Loose[];
    for (let i = 3; i <= 10; i++) ivs.push({ id: `x${i}`, kind: 'sfi', start: '2025-01-07' });
    ivs[10].start = '2025-13-01';
    ivs[2].start = '2025-13-02';
    expect(errors(parseJourney(text(j))).map((e) => (e as { path: string }).path)).toEqual([
      'interventions[2].start',
      'interventions[10].start',
    ]);
  });

  it('a cohort whose own fields are wrong shows their values', () => {
    expect(errors(parseCohort(text({ format: 'cohort', version: '1', journeys: [valid()] })))).toEqual([
      {
        path: 'version',
        code: 'notOneOf',
        message: '"1" is not one of 1',
        params: { value: '"1"', allowed: '1' },
      },
    ]);
  });
});

describe('reading never throws, even on data that throws when read', () => {
  // journeyFromData and cohortFromData take data from the app's own forms as well as from files.
  const hostile = () =>
    Object.defineProperty({}, 'version', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });

  it('journeyFromData refuses it with one error at the root', () => {
    expect(journeyFromData(hostile())).toEqual({
      ok: false,
      errors: [{ path: '', code: 'invalid', message: 'the file could not be read (Error: boom)' }],
    });
  });

  it('cohortFromData refuses it with one error at the root', () => {
    expect(cohortFromData(hostile())).toEqual({
      ok: false,
      errors: [{ path: '', code: 'invalid', message: 'the file could not be read (Error: boom)' }],
    });
  });
});

describe('reading: each problem is said once', () => {
  // The schema checks shapes and the rules what a schema cannot state (schema.ts); where both could
  // look (a sjukpenning's `sickFrom`, a date both check the form of), only one of them does, so the
  // list needs no de-duplication. Written down for the one field whose form the rules check.
  it("a sjukpenning's sickFrom that is not a date is one notDate error, however many other problems there are", () => {
    const j = valid();
    const ivs = j.interventions as Loose[];
    ivs.push({ id: 'sp', kind: 'sjukpenning', start: '2025-02-01', sickFrom: '2025-02-30', end: 'x' });
    ivs.push({ id: 'sp', kind: 'sjukpenning', start: 'y', sickFrom: 7 });
    ivs[0].end = '2024-01-01';
    const found = errors(parseJourney(text(j))) as { path: string; code: string; message: string }[];
    expect(found.filter((e) => e.path === 'interventions[3].sickFrom')).toEqual([
      expect.objectContaining({ code: 'notDate', message: '"2025-02-30" is not a date' }),
    ]);
    expect(found.filter((e) => e.path === 'interventions[4].sickFrom')).toEqual([
      expect.objectContaining({ code: 'notDate', message: '7 is not a date' }),
    ]);
    const keys = found.map((e) => `${e.path} ${e.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(found.length).toBeGreaterThanOrEqual(5);
  });
});
