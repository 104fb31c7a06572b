/** Nearest-rank percentiles over a tally of values (section 7), exact for every n. */
import { type Tally, count, numericKeys } from './tally';

/** A quantile as an exact fraction: `ceil(q·n)` in whole numbers, with no rounding to reason about. */
export type Quantile = { numerator: number; denominator: number };
export const MEDIAN: Quantile = { numerator: 1, denominator: 2 };
export const P75: Quantile = { numerator: 3, denominator: 4 };
export const P90: Quantile = { numerator: 9, denominator: 10 };

/** `ceil(q·n)`, in integers. */
export function nearestRank(q: Quantile, n: number): number {
  return Math.floor((q.numerator * n + q.denominator - 1) / q.denominator);
}

/**
 * With the values (each as many times as its count) sorted ascending as v[1..n]: v[ceil(q·n)];
 * null when n = 0. Rank 0 (q = 0) reads as rank 1.
 */
export function percentiles(values: Tally, quantiles: readonly Quantile[]): (number | null)[] {
  const sorted = numericKeys(values);
  const n = sorted.reduce((sum, v) => sum + count(values, v), 0);
  if (n === 0) return quantiles.map(() => null);
  return quantiles.map((q) => {
    const rank = Math.max(1, nearestRank(q, n));
    let seen = 0;
    for (const v of sorted) {
      seen += count(values, v);
      if (seen >= rank) return v;
    }
    // Only a quantile above 1 asks for a rank past the last value.
    throw new RangeError(`quantile ${q.numerator}/${q.denominator} is above 1`);
  });
}
