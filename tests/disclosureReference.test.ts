/**
 * The search of `hiddenBounds` against the search before it was made faster (tests/suppressReference.ts)
 * on 3,000 seeded systems of lines, larger than brute force can check (src/domain/cohort/
 * disclosure.mutants.test.ts): 2-6 counts, 1-5 lines of 2-4 parts over them, each member hidden with
 * a chance of 0.6 ("<5" or a hidden count). The same least and greatest for every member. Found needed
 * by the mutation run of cohort/disclosure.ts: eight of its mutants changed answers only on systems
 * of this size (docs/mutation.md). The systems: src/domain/testing/lineSystems.ts.
 */
import { describe, expect, it } from 'vitest';
import { hiddenBounds } from '../src/domain/cohort/disclosure';
import { lineSystem } from '../src/domain/testing/lineSystems';
import { referenceBounds } from './suppressReference';

/** 2-6 counts up to 9, 1-5 lines of 2-4 parts, each member hidden with a chance of 0.6. */
const system = (seed: number) =>
  lineSystem(seed, {
    counts: [2, 6],
    greatest: 9,
    lines: [1, 5],
    parts: [2, 4],
    hiddenChance: 0.6,
    mostHidden: Infinity,
  });

describe('hiddenBounds against the reference search', () => {
  it('the same answer for every hidden member of 3,000 seeded systems', () => {
    let members = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const s = system(seed);
      const got = hiddenBounds(s.lines, s.values, s.hidden);
      expect([...got], `seed ${seed}`).toEqual([...referenceBounds(s.lines, s.values, s.hidden)]);
      members += got.size;
    }
    expect(members).toBeGreaterThan(8000);
  });
});
