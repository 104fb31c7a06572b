/**
 * A big journey drawn in slices (issue #26): its first render draws the bars in view first (a
 * first slice of at most FIRST bars), and the rest come in slices. Each slice is a transition:
 * React renders it in pieces of about 5 ms and answers a click or a key between them (their
 * update goes first), so only its commit, which puts the slice's elements into the page, is one
 * task. A slice is sized so that it takes about TARGET_MS from its start to its commit. When the
 * last slice is in, every bar, badge and key entry is in the page (`done`), and the chart says so
 * (`aria-busy` goes).
 *
 * A bar's `rank` is its place in that order: the bars reaching into the drawn days first, then
 * the others, each group in the journey's order. A slice draws the bars whose rank is below the
 * count so far, so the page keeps every bar in its place (the tab order is the journey's).
 */
import { startTransition, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BarLayout } from './layout';

/** The bars of a first render: a journey up to this size is drawn at once, in one render. */
export const FIRST = 300;
/**
 * What a slice should take from its start to its commit, the pauses between its pieces included;
 * the browser's style and layout of it come on top. (25 ms when a slice was one task: as a
 * transition, 60 ms drew 10,000 bars in 2.9–3.1 s against 3.0–4.1, with no longer task.)
 */
export const TARGET_MS = 60;
/**
 * A slice is at least this many bars: each slice costs the browser a layout and paint of the whole
 * chart besides its own bars, so slices much smaller make the drawing take far longer in all.
 */
const MIN_STEP = 250;
const MAX_STEP = 2_000;

/** Every bar's place in the drawing order: those reaching into the days `from`–`to` first. */
export function sliceRanks(bars: readonly Pick<BarLayout, 'start' | 'end' | 'ruleLimit'>[], from: number, to: number) {
  const rank = new Int32Array(bars.length);
  const inView = (b: (typeof bars)[number]) => {
    const last = Math.max(b.end ?? Infinity, b.ruleLimit ?? -Infinity);
    return !(last + 1 < from || b.start > to);
  };
  let n = 0;
  bars.forEach((b, i) => {
    if (inView(b)) rank[i] = n++;
  });
  bars.forEach((b, i) => {
    if (!inView(b)) rank[i] = n++;
  });
  return rank;
}

/** The next slice's size: scaled so that it takes about TARGET_MS, from what the last one took. */
export function nextStep(step: number, tookMs: number): number {
  const scaled = Math.round((step * TARGET_MS) / Math.max(tookMs, 1));
  return Math.min(MAX_STEP, Math.max(MIN_STEP, Math.min(scaled, step * 2)));
}

/** Bars, marks and key entries are rendered in chunks of this many (a chunk whose drawing a slice leaves alone is not rendered again). */
export const CHUNK = 256;

/**
 * What a chunk of items, ranked `lo` to `hi`, draws with these slices: all of them, none, or those
 * below the count. A chunk whose answer is the same for two renders need not render again.
 */
export function chunkState(s: Pick<Slices, 'count'>, lo: number, hi: number): 'all' | 'none' | number {
  if (s.count > hi) return 'all';
  if (s.count <= lo) return 'none';
  return s.count;
}

/** The lowest and highest rank of the items `from`…`from + n - 1` (or of those `at` gives the index of). */
export function chunkRanks(rank: Int32Array | null, from: number, n: number, at?: (j: number) => number) {
  let lo = Infinity;
  let hi = -Infinity;
  if (!rank) return { lo, hi };
  for (let j = from; j < Math.min(from + n, at ? Infinity : rank.length); j++) {
    const i = at ? at(j) : j;
    if (i < 0 || i >= rank.length) break;
    lo = Math.min(lo, rank[i]);
    hi = Math.max(hi, rank[i]);
  }
  return { lo, hi };
}

/**
 * Whether two renders' slices draw the same items of the chunk from `from` (CHUNK items, or those
 * `at` gives the index of): a chunk for which they do need not render again for a new slice.
 */
export function sameInChunk(a: Slices, b: Slices, from: number, at?: (j: number) => number): boolean {
  const { lo, hi } = chunkRanks(b.rank ?? a.rank, from, CHUNK, at);
  return chunkState(a, lo, hi) === chunkState(b, lo, hi);
}

export type Slices = {
  /** Bars whose rank is below this are drawn (Infinity: every bar). */
  count: number;
  rank: Int32Array | null;
  done: boolean;
};

const ALL: Slices = { count: Infinity, rank: null, done: true };

/**
 * The slices of the journey `key`: a new journey with more than FIRST bars starts with the bars
 * in the days `from`–`to` (at most FIRST of them) and grows a slice per task; edits to the same
 * journey keep what is drawn. `all` (printing) draws every bar at once.
 */
export function useSlices(
  key: unknown,
  bars: readonly BarLayout[],
  from: number,
  to: number,
  all: boolean,
  /** Not grown while this holds (the chart's other work for the slice drawn has a task of its own). */
  hold = false,
): Slices {
  const [state, setState] = useState<{ key: unknown; count: number; rank: Int32Array | null }>(() => ({
    key: null,
    count: Infinity,
    rank: null,
  }));
  let current = state;
  if (state.key !== key) {
    // Another journey: its first slice is rendered now (state set during render, as React allows).
    current =
      bars.length <= FIRST
        ? { key, count: Infinity, rank: null }
        : { key, count: FIRST, rank: sliceRanks(bars, from, to) };
    setState(current);
  }
  const count = all || current.rank === null || current.count >= bars.length ? Infinity : current.count;
  const step = useRef(FIRST);
  const asked = useRef(0);
  useLayoutEffect(() => {
    if (asked.current) step.current = nextStep(step.current, performance.now() - asked.current);
    asked.current = 0;
  }, [count]);
  useEffect(() => {
    if (count === Infinity || hold) return;
    const timer = setTimeout(() => {
      asked.current = performance.now();
      startTransition(() => setState((s) => (s.key === key ? { ...s, count: s.count + step.current } : s)));
    }, 0);
    return () => clearTimeout(timer);
  }, [count, key, hold]);
  return useMemo(() => (count === Infinity ? ALL : { count, rank: current.rank, done: false }), [count, current.rank]);
}
