import { describe, expect, it } from 'vitest';
import { TARGET_MS, chunkRanks, chunkState, nextStep, sliceRanks } from './slices';

const bar = (start: number, end: number | null, ruleLimit: number | null = null) => ({ start, end, ruleLimit });

describe('sliceRanks', () => {
  it('ranks the bars reaching into the drawn days first, each group in the journey order', () => {
    const bars = [bar(0, 5), bar(50, 60), bar(8, 12), bar(100, null), bar(70, 80), bar(1, 2, 30)];
    // Days 10–40 drawn: bar 2 (8–12), bar 5 (its rule limit on day 30), then the rest in order.
    expect([...sliceRanks(bars, 10, 40)]).toEqual([2, 3, 0, 4, 5, 1]);
  });

  it('keeps the journey order when every bar is in view', () => {
    const bars = Array.from({ length: 5 }, (_, i) => bar(i * 10, i * 10 + 5));
    expect([...sliceRanks(bars, -100, 1000)]).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts an open bar in view from its start on', () => {
    expect([...sliceRanks([bar(5, 6), bar(20, null)], 100, 200)]).toEqual([1, 0]);
  });
});

describe('nextStep', () => {
  it('scales a slice to take about the target time', () => {
    expect(nextStep(1000, TARGET_MS * 2)).toBe(500);
    expect(nextStep(400, TARGET_MS)).toBe(400);
  });

  it('grows at most twofold, and stays between its bounds', () => {
    expect(nextStep(400, 0)).toBe(800);
    expect(nextStep(1_800, 1)).toBe(2_000);
    expect(nextStep(300, 10_000)).toBe(250);
  });
});

describe('chunkRanks and chunkState', () => {
  it('gives the lowest and highest rank of a chunk', () => {
    const rank = Int32Array.from([4, 0, 7, 2, 9, 1]);
    expect(chunkRanks(rank, 0, 3)).toEqual({ lo: 0, hi: 7 });
    expect(chunkRanks(rank, 3, 3)).toEqual({ lo: 1, hi: 9 });
    expect(chunkRanks(rank, 4, 10)).toEqual({ lo: 1, hi: 9 });
    // Through an index: the items 0 and 1 of a list are the bars 4 and 5.
    expect(chunkRanks(rank, 0, 5, (j) => (j < 2 ? j + 4 : -1))).toEqual({ lo: 1, hi: 9 });
  });

  it('says whether a chunk draws all, none or part of its items', () => {
    expect(chunkState({ count: 10 }, 3, 9)).toBe('all');
    expect(chunkState({ count: Infinity }, Infinity, -Infinity)).toBe('all');
    expect(chunkState({ count: 3 }, 3, 9)).toBe('none');
    expect(chunkState({ count: 5 }, 3, 9)).toBe(5);
  });
});
