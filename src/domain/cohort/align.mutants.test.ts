/**
 * The alignment's refusals (issue #29: the first mutation run of align.ts found none tested): a
 * reference day that is no date, offsets that are not whole numbers around the anchor, and a merge of
 * two alignments counted on different anchors or windows (their day counts would add up to nonsense).
 */
import { describe, expect, it } from 'vitest';
import { alignAccumulator } from './align';
import { ASOF, journey } from './fixtures';

const OPTIONS = { asOf: ASOF, anchor: 'start:arbetspraktik', from: -2, to: 3 } as const;

describe('alignAccumulator refuses what it cannot count', () => {
  it('a reference day that is not a calendar date, naming it', () => {
    expect(() => alignAccumulator({ ...OPTIONS, asOf: '2025-02-30' })).toThrow(
      new TypeError('asOf "2025-02-30" is not a date'),
    );
  });

  it.each([
    ['from a fraction', -1.5, 3],
    ['to a fraction', -2, 2.5],
    ['from after the anchor', 1, 3],
    ['to before the anchor', -2, -1],
  ])('offsets %s', (_, from, to) => {
    expect(() => alignAccumulator({ ...OPTIONS, from, to })).toThrow(
      new RangeError(`offsets from ${from} to ${to}: need whole numbers with from <= 0 <= to`),
    );
  });

  it('accepts a window that starts or ends on the anchor itself', () => {
    expect(() => alignAccumulator({ ...OPTIONS, from: 0, to: 0 })).not.toThrow();
  });
});

describe('merging two alignments', () => {
  const one = journey('p1', [{ kind: 'arbetspraktik', start: '2025-03-10', end: '2025-03-11' }]);
  const counted = (options: typeof OPTIONS | { asOf: string; anchor: string; from: number; to: number }) => {
    const acc = alignAccumulator(options);
    return { acc, state: acc.addJourney(acc.empty(), one, 0) };
  };
  const refusal = new RangeError('cannot merge alignments with different anchors or offsets');

  it('adds the counts of two parts counted alike', () => {
    const a = counted(OPTIONS);
    const b = counted(OPTIONS);
    const merged = a.acc.finish(a.acc.merge(a.state, b.state));
    expect(merged.included).toBe(2);
    expect(merged.days.find((d) => d.offset === 0)?.activity).toBe(2);
  });

  it.each([
    ['another anchor', { anchor: 'forstegEnd' }],
    ['another first offset', { from: -3 }],
    ['another last offset', { to: 4 }],
  ])('refuses %s', (_, change) => {
    const a = counted(OPTIONS);
    const b = counted({ ...OPTIONS, ...change });
    expect(() => a.acc.merge(a.state, b.state)).toThrow(refusal);
    expect(() => a.acc.merge(b.state, a.state)).toThrow(refusal);
  });
});
