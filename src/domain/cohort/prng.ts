/** A small seeded pseudo-random generator (mulberry32) for synthetic journeys. Never `Math.random`. */

export type Random = {
  /** In [0, 1). */
  next(): number;
  /** A whole number in [lo, hi], both included. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(values: readonly T[]): T;
  /** Roughly log-normal: the median times e^(spread · a standard normal), rounded, at least 1. */
  skewed(median: number, spread: number): number;
};

/** Mixes a seed and a stream number into one 32-bit seed, so that each journey has a stream of its own. */
export function mixSeed(seed: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 0x27d4eb2f, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function random(seed: number): Random {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r: Random = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (values) => values[Math.floor(next() * values.length)],
    skewed(median, spread) {
      // Box-Muller from two uniforms in (0, 1].
      const normal = Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
      return Math.max(1, Math.round(median * Math.exp(spread * normal)));
    },
  };
  return r;
}
