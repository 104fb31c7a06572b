import { describe, expect, it } from 'vitest';
import type { HistogramBin } from '../domain';
import { frame } from './frame';
import { histogramLayout } from './histogramLayout';

const f = frame(700, 220, { top: 20, right: 0, bottom: 0, left: 0 });
const bins: HistogramBin[] = [
  { from: 1, to: 30, ended: 60, open: 20 },
  { from: 31, to: 60, ended: 40, open: 0 },
  { from: 61, to: 90, ended: 10, open: 3 },
  { from: 91, to: 180, ended: 5, open: 5 },
  { from: 181, to: 365, ended: 0, open: 0 },
  { from: 366, to: null, ended: 2, open: 0 },
];

describe('histogram layout', () => {
  it('stacks ended below open on one scale from 0 to the largest shown bin', () => {
    const m = histogramLayout(bins, f, true);
    expect(m.baseline).toBe(220);
    // Max 80 → 200 px: 2.5 px a wait.
    const [first, second] = m.bars;
    expect(first.ended).toEqual({ y: 70, height: 150, shown: 60 });
    expect(first.open).toEqual({ y: 20, height: 50, shown: 20 });
    expect(second.ended.height).toBe(100);
    expect(second.open.height).toBe(0);
    // Six bands of equal width, in order, left to right.
    expect(m.bars.map((b) => b.x)).toEqual([...m.bars.map((b) => b.x)].sort((a, b) => a - b));
    expect(new Set(m.bars.map((b) => b.width)).size).toBe(1);
  });

  it('draws a part with a count of 1 to 4 at no height, labelled "<5"; off draws it', () => {
    const on = histogramLayout(bins, f, true);
    // Secondary suppression (section 7): the bin's count 13 is shown, so with the open 3 hidden the
    // ended 10 would give it away (13 - 10): it is hidden too, as "–".
    expect(on.bars[2]).toMatchObject({
      hidden: true,
      ended: { height: 0, shown: '–' },
      open: { height: 0, shown: '<5' },
      count: 13,
    });
    expect(on.bars[5]).toMatchObject({ hidden: true, ended: { height: 0, shown: '<5' } });
    expect(on.bars[4].hidden).toBe(false);
    const off = histogramLayout(bins, f, false);
    expect(off.bars[2].hidden).toBe(false);
    expect(off.bars[2].open.shown).toBe(3);
    expect(off.bars[2].ended.height).toBe(25);
  });
});

describe('histogram axis', () => {
  it('counts whole waits: with at most 2 in a bin, the ticks are 0, 1 and 2, never 0.5', () => {
    const small: HistogramBin[] = bins.map((b, i) => ({ ...b, ended: i === 0 ? 2 : 0, open: i === 1 ? 1 : 0 }));
    const m = histogramLayout(small, f, false);
    expect(m.yTicks.map((t) => t.value)).toEqual([0, 1, 2]);
    expect(histogramLayout(bins, f, false).yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });
});
