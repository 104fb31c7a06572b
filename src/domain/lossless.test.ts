/** The lossless JSON reader and writer (issue 14, item 11). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourney, serializeJourney } from './index';
import { MAX_DEPTH, isRawNumber, parseJsonLossless, readNumber, stringifyJson } from './lossless';

const journeyText = (extra: string, intervention = '') =>
  `{"format":"journey","version":1,"id":"big","participant":{"ref":"P-BIG"},${extra}"interventions":[{"id":"a","kind":"sfi","start":"2025-01-01"${intervention}}]}`;

describe('lossless JSON', () => {
  it('reads what JSON.parse reads, and writes what JSON.stringify writes, for any JSON', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        const native: unknown = JSON.parse(text);
        const { value, duplicates } = parseJsonLossless(text);
        expect(duplicates).toEqual([]);
        expect(value).toEqual(native);
        expect(stringifyJson(value)).toBe(JSON.stringify(native, null, 2));
      }),
      { seed: 11, numRuns: 1000 },
    );
  });

  it('keeps numbers a double cannot hold as written; others are plain numbers', () => {
    for (const raw of [
      '1e400',
      '-1e400',
      '9007199254740993',
      '12345678901234567890',
      '0.10000000000000000001',
      '1e-400',
      '-0',
    ]) {
      const n = readNumber(raw);
      expect(isRawNumber(n), raw).toBe(true);
      expect(String(n)).toBe(raw);
    }
    for (const [raw, value] of [
      ['9007199254740992', 9007199254740992],
      ['0.1', 0.1],
      ['1.50', 1.5],
      ['1E3', 1000],
      ['-12', -12],
      ['5e-324', 5e-324],
    ] as const) {
      expect(readNumber(raw), raw).toBe(value);
    }
  });

  it('import → export keeps big numbers in unknown properties byte for byte, through structured cloning too', () => {
    const values = ['1e400', '9007199254740993', '123456789012345678901234567890', '0.10000000000000000001', '-1E+400'];
    const text = journeyText(
      `"x-big":${values[0]},"x-int":${values[1]},"x-list":[${values[2]},{"deep":${values[3]}}],`,
      `,"x-neg":${values[4]}`,
    );
    const r = parseJourney(text);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const exported = serializeJourney(r.journey);
    for (const v of values) expect(exported).toContain(v);
    expect(exported).toContain('"x-big": 1e400');
    expect(exported).toContain('"x-int": 9007199254740993');
    expect(exported).toContain('"deep": 0.10000000000000000001');
    expect(exported).toContain('"x-neg": -1E+400');
    // What IndexedDB does to a saved journey.
    expect(serializeJourney(structuredClone(r.journey))).toBe(exported);
    const again = parseJourney(exported);
    expect(again.ok && serializeJourney(again.journey)).toBe(exported);
  });

  it('a named number written with more digits than a double holds is read as that number', () => {
    const r = parseJourney(journeyText('', ',"extent":50.0000000000000000001'));
    expect(r.ok && r.journey.interventions[0].extent).toBe(50);
  });

  it('reading of the spec: a property written twice in one object makes the file invalid, each place named', () => {
    // Which of the two values was meant cannot be known, and the first is not checked by anything else.
    const r = parseJourney(journeyText('"id":"again",', ',"start":"2025-13-01","x":{"k":1,"k":2}'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.path, e.code, e.params?.key])).toEqual([
      ['id', 'duplicateKey', '"id"'],
      ['interventions[0].start', 'duplicateKey', '"start"'],
      ['interventions[0].x.k', 'duplicateKey', '"k"'],
    ]);
  });

  it(`reading of the spec: nesting deeper than ${MAX_DEPTH} levels is refused with the place (it could not be saved or exported); ${MAX_DEPTH} levels are read`, () => {
    const nest = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    const ok = parseJourney(journeyText(`"x-deep":${nest(MAX_DEPTH - 1)},`));
    expect(ok.ok).toBe(true);
    const deep = parseJourney(journeyText(`"x-deep":${nest(MAX_DEPTH)},`));
    expect(deep.ok ? [] : deep.errors.map((e) => e.code)).toEqual(['tooDeep']);
    if (!deep.ok) expect(deep.errors[0].path).toMatch(/^\["x-deep"\](\[0\]){999}$/);
  });

  it('still says what the browser says about text that is not JSON', () => {
    const r = parseJourney('{"a":1,}');
    expect(r.ok ? null : r.errors[0].code).toBe('notJson');
    let native = '';
    try {
      JSON.parse('{"a":1,}');
    } catch (e) {
      native = (e as Error).message;
    }
    expect(r.ok ? null : r.errors[0].params?.detail).toBe(native);
  });
});
