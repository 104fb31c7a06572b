/** Every file in examples/ (the copy of the contract's examples) analyses or fails exactly as its expectation says. */
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../tests/shared';
import { analyzeJourney, parseJourney, serializeJourney } from './index';

const valid = exampleNames().filter(
  (n) =>
    /^\d\d-.*\.json$/.test(n) &&
    !n.includes('.expected') &&
    exampleNames().includes(n.replace('.json', '.expected.json')),
);

describe('shared examples', () => {
  it('finds the valid examples', () => {
    expect(valid.length).toBeGreaterThanOrEqual(3);
  });

  for (const name of valid) {
    it(`${name} analyses to its .expected.json`, () => {
      const parsed = parseJourney(readExample(name));
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const expected = JSON.parse(readExample(name.replace('.json', '.expected.json')));
      expect(analyzeJourney(parsed.journey)).toEqual(expected);
    });

    it(`${name} survives serialize and parse unchanged`, () => {
      const parsed = parseJourney(readExample(name));
      if (!parsed.ok) throw new Error('invalid');
      const again = parseJourney(serializeJourney(parsed.journey));
      expect(again.ok && again.journey).toEqual(parsed.journey);
      expect(again.ok && again.journey).toEqual(JSON.parse(readExample(name)));
    });
  }

  it('04-invalid.json reports at least the expected paths', () => {
    const parsed = parseJourney(readExample('04-invalid.json'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.errors.map((e) => e.path);
    for (const p of JSON.parse(readExample('04-invalid.expected-errors.json')) as string[]) {
      expect(paths).toContain(p);
    }
    expect(parsed.errors.find((e) => e.path === 'interventions[1].start')?.message).toBe('"2025-13-01" is not a date');
  });

  it('05-newer-version.json is refused as newer, not half-read', () => {
    const parsed = parseJourney(readExample('05-newer-version.json'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatchObject({ path: 'version', code: 'newerVersion', params: { version: 2 } });
    expect(parsed.errors[0].message).toMatch(/version 2, newer than version 1/);
  });
});
