/**
 * What a figures file is refused for before its counts are summed (docs/format.md, "The figures
 * file"; journey-format.md section 2's gate): not JSON, not an object, another format, a newer
 * version, a changed check. Each with its exact place, reason and params. Found untested by the
 * mutation run of `read.ts` (issue #29); each test was seen to fail with its mutant planted.
 */
import { describe, expect, it } from 'vitest';
import { readJson } from '../parse';
import { figuresFromData, readFigures } from './read';
import { figuresFile, figuresText } from '../testing/figuresFile';

const notObject = { ok: false, errors: [{ path: '', code: 'notObject', message: 'is not a JSON object' }] };
const withFormat = (format: unknown) => JSON.stringify({ ...figuresFile(), format });

describe('reading a figures file: the gate', () => {
  it('refuses what is not JSON as readJson does', () => {
    const read = readJson('{"format": ');
    expect(read.ok).toBe(false);
    expect(readFigures('{"format": ')).toEqual(read);
  });

  it('refuses a number, null or a list as not an object', () => {
    for (const text of ['1', '"resan-figures"', 'null', '[]', '[{"format":"resan-figures"}]'])
      expect(readFigures(text)).toEqual(notObject);
  });

  it('refuses another format, naming it (a string as it is, anything else as JSON)', () => {
    const wrong = (value: string) => ({
      ok: false,
      errors: [
        {
          path: 'format',
          code: 'wrongFormat',
          message: `this is a ${value} file, not a resan-figures file`,
          params: { value, expected: 'resan-figures' },
        },
      ],
    });
    expect(readFigures(withFormat('cohort'))).toEqual(wrong('cohort'));
    expect(readFigures(withFormat('')).ok).toBe(false);
    expect(readFigures(withFormat(''))).toEqual(wrong(''));
    expect(readFigures(withFormat(5))).toEqual(wrong('5'));
    expect(readFigures(withFormat(['resan-figures']))).toEqual(wrong('["resan-figures"]'));
  });

  it('refuses a newer version whole, saying which and what this app reads', () => {
    expect(readFigures(figuresText((f) => ((f as { version: number }).version = 3), false))).toEqual({
      ok: false,
      errors: [
        {
          path: 'version',
          code: 'newerVersion',
          message:
            'this file is format version 3, newer than version 2 that this app reads; open it in a newer version of Resan',
          params: { version: 3, supported: 2 },
        },
      ],
    });
  });

  it('reads versions 1 and 2, and refuses a version that is not a whole number by the schema, not as newer', () => {
    expect(readFigures(figuresText()).ok).toBe(true);
    const v2 = figuresText((f) => {
      f.version = 2;
      f.provenance.sources = [{ label: 'A', journeys: 10 }];
    });
    expect(readFigures(v2).ok).toBe(true);
    const r = readFigures(figuresText((f) => ((f as { version: number }).version = 2.5), false));
    expect(r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path}`)).toEqual(['invalid version']);
  });

  it('refuses a changed count by its check', () => {
    expect(readFigures(figuresText((f) => (f.figures.closed = 5), false))).toEqual({
      ok: false,
      errors: [
        { path: 'check', code: 'changed', message: 'does not match the figures: the file was changed or cut short' },
      ],
    });
  });

  it('never throws, even on data that throws when read: one problem at the root', () => {
    const hostile = Object.defineProperty({}, 'format', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(figuresFromData(hostile)).toEqual({
      ok: false,
      errors: [{ path: '', code: 'invalid', message: 'the file could not be read (Error: boom)' }],
    });
  });
});
