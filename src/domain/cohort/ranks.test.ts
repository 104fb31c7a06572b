/**
 * Nearest-rank percentiles (section 7) and the elementwise sum that merges day counts, where the first
 * mutation run of ranks.ts and accumulator.ts (issue #29) found them untested: the last value, a
 * quantile above 1, and two arrays of different lengths.
 */
import { describe, expect, it } from 'vitest';
import { addArrays } from './accumulator';
import { MEDIAN, P90, percentiles } from './ranks';
import { bump } from './tally';

const tally = (values: number[]) => {
  const t = {};
  for (const v of values) bump(t, v);
  return t;
};

describe('percentiles', () => {
  it('the 100th percentile is the greatest value; the median of 1..10 is v[5]', () => {
    const values = tally([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(percentiles(values, [MEDIAN, P90, { numerator: 1, denominator: 1 }])).toEqual([5, 9, 10]);
  });

  it('refuses a quantile above 1, naming it', () => {
    expect(() => percentiles(tally([3, 4]), [{ numerator: 11, denominator: 10 }])).toThrow(
      new RangeError('quantile 11/10 is above 1'),
    );
  });
});

describe('addArrays', () => {
  it('adds two arrays of one length entry by entry', () => {
    expect(addArrays([1, 2, 3], [10, 20, 30])).toEqual([11, 22, 33]);
  });

  it('refuses arrays of different lengths (two alignments over different windows), naming both', () => {
    expect(() => addArrays([1, 2, 3], [1, 2])).toThrow(new RangeError('cannot merge arrays of 3 and 2 entries'));
  });
});
