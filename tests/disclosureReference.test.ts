/**
 * The search of `hiddenBounds` against the search before it was made faster (tests/suppressReference.ts)
 * on 3,000 seeded systems of lines, larger than brute force can check (src/domain/cohort/
 * disclosure.mutants.test.ts): 2-6 counts, 1-5 lines of 2-4 parts over them, each member hidden with
 * a chance of 0.6 ("<5" or a hidden count). The same least and greatest for every member. Found needed
 * by the mutation run of cohort/disclosure.ts: eight of its mutants changed answers only on systems
 * of this size (docs/mutation.md). The cohort's own seeded generator, not fast-check, so a mutation
 * run checks as many systems as `npm test`.
 */
import { describe, expect, it } from 'vitest';
import { type Line, type Range, hiddenBounds } from '../src/domain/cohort/disclosure';
import { random } from '../src/domain/cohort/prng';
import { referenceBounds } from './suppressReference';

type System = { lines: Line[]; values: Map<string, number>; hidden: Map<string, Range> };

/** Counts m0…, then lines whose total is a new member equal to the sum of its parts. */
function system(seed: number): System {
  const r = random(seed);
  const values = new Map<string, number>();
  for (let i = 0, leaves = r.int(2, 6); i < leaves; i++) values.set(`m${i}`, r.int(0, 9));
  const lines: Line[] = [];
  for (let l = 0, n = r.int(1, 5); l < n; l++) {
    const ids = [...values.keys()];
    const parts = [...new Set(Array.from({ length: r.int(2, 4) }, () => r.pick(ids)))];
    if (parts.length < 2) continue;
    const total = `m${values.size}`;
    values.set(
      total,
      parts.reduce((s, p) => s + (values.get(p) ?? 0), 0),
    );
    lines.push({ total, parts });
  }
  const hidden = new Map<string, Range>();
  for (const [id, v] of values) {
    if (!r.chance(0.6)) continue;
    hidden.set(id, v >= 1 && v <= 4 && r.chance(0.5) ? { lo: 1, hi: 4 } : { lo: 0, hi: Infinity });
  }
  return { lines, values, hidden };
}

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
