/**
 * Seeded systems of lines for the tests of `hiddenBounds` (cohort/disclosure.ts): counts m0…, then
 * lines whose total is a new member equal to the sum of 2 or more earlier members, then some members
 * hidden ("<5" for a count of 1-4 half the time, else a hidden count). The cohort's own seeded
 * generator, not fast-check, so a mutation run checks as many systems as `npm test`.
 */
import type { Line, Range } from '../cohort/disclosure';
import { random } from '../cohort/prng';

export type LineSystem = { lines: Line[]; values: Map<string, number>; hidden: Map<string, Range> };

export type LineSystemSizes = {
  /** How many counts, least and most. */
  counts: [number, number];
  /** The greatest count. */
  greatest: number;
  /** How many lines, least and most (a line whose parts repeat down to one member is left out). */
  lines: [number, number];
  /** How many parts a line draws, least and most. */
  parts: [number, number];
  /** The chance that a member is hidden, and at most how many are. */
  hiddenChance: number;
  mostHidden: number;
};

export function lineSystem(seed: number, sizes: LineSystemSizes): LineSystem {
  const r = random(seed);
  const values = new Map<string, number>();
  for (let i = 0, counts = r.int(...sizes.counts); i < counts; i++) values.set(`m${i}`, r.int(0, sizes.greatest));
  const lines: Line[] = [];
  for (let l = 0, n = r.int(...sizes.lines); l < n; l++) {
    const ids = [...values.keys()];
    const parts = [...new Set(Array.from({ length: r.int(...sizes.parts) }, () => r.pick(ids)))];
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
    if (hidden.size >= sizes.mostHidden || !r.chance(sizes.hiddenChance)) continue;
    hidden.set(id, v >= 1 && v <= 4 && r.chance(0.5) ? { lo: 1, hi: 4 } : { lo: 0, hi: Infinity });
  }
  return { lines, values, hidden };
}
