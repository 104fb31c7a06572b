import { describe, expect, it } from 'vitest';
import type { Handover } from '../domain';
import { matrixLayout, rampStep } from './matrixLayout';
import { HIDDEN_FILL, RAMP } from './ramp';

const h = (from: string, to: string, days: number, journeys: number): Handover => ({
  from,
  to,
  zones: journeys,
  days,
  journeys,
});

describe('hand-over matrix layout', () => {
  const handovers = [h('fk', 'af', 700, 40), h('', 'af', 90, 9), h('kommun', 'fk', 70, 3), h('fk', 'kommun', 7, 5)];

  it('puts built-in actors in lane order and "nobody" last, every pair a cell', () => {
    const m = matrixLayout(handovers, false);
    expect(m.rows).toEqual(['kommun', 'fk', '']);
    expect(m.cols).toEqual(['kommun', 'af', 'fk']);
    expect(m.cells).toHaveLength(9);
    const fkAf = m.cells.find((c) => c.from === 'fk' && c.to === 'af')!;
    expect(fkAf).toMatchObject({ row: 1, col: 1, shown: 700, level: RAMP.length - 1, fill: RAMP[6], text: '#ffffff' });
    expect(matrixLayout(handovers, true).cells.find((c) => c.from === 'fk' && c.to === 'af')?.shown).toBe('–');
    const empty = m.cells.find((c) => c.from === 'kommun' && c.to === 'af')!;
    expect(empty).toMatchObject({ handover: null, shown: null, fill: '#ffffff' });
  });

  it('hides the days of a pair with fewer than 5 journeys, and its colour with them', () => {
    const m = matrixLayout(handovers, true);
    const small = m.cells.find((c) => c.from === 'kommun' && c.to === 'fk')!;
    expect(small).toMatchObject({ shown: '–', level: -1, fill: HIDDEN_FILL });
    // Secondary suppression (section 7): with the row, column and grand sums published, the 70
    // would follow from the sums (867 - 707 - 90), so a cycle of cells goes with it: fk→af is one
    // of a, 707 - a, 790 - a, a - 630 for any a in 630..707. Shown: row fk 707, column af 790, 867.
    expect(m.cells.filter((c) => c.shown !== null).map((c) => c.shown)).toEqual(['–', '–', '–', '–']);
    expect([...m.totals].filter(([, v]) => typeof v === 'number')).toEqual([
      ['row:fk', 707],
      ['col:af', 790],
      ['all', 867],
    ]);
    expect(m.max).toBe(0);
    const off = matrixLayout(handovers, false).cells.find((c) => c.from === 'kommun' && c.to === 'fk')!;
    expect(off.shown).toBe(70);
    expect(off.level).toBe(2); // √(70/700) · 7 ≈ 2.2
  });

  it('steps the ramp by the square root of the share of the largest shown pair', () => {
    expect(rampStep(1, 700)).toBe(0);
    expect(rampStep(14, 700)).toBe(0); // √(1/50) · 7 ≈ 0.99
    expect(rampStep(15, 700)).toBe(1);
    expect(rampStep(175, 700)).toBe(3); // √(1/4) · 7 = 3.5
    expect(rampStep(699, 700)).toBe(6);
    expect(rampStep(700, 700)).toBe(6);
  });
});
