/** The small-cell rule (section 7): one helper for every view and export. */
import { describe, expect, it } from 'vitest';
import { FEW, HIDDEN, suppressCount, suppressFigure } from './suppress';

describe('suppressCount', () => {
  it('shows 1 to 4 journeys as "<5", and 0 and 5 or more as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 1000].map((n) => suppressCount(n))).toEqual([0, '<5', '<5', '<5', '<5', 5, 6, 1000]);
    expect(FEW).toBe('<5');
  });

  it('shows every count when the user has turned the rule off', () => {
    expect([0, 1, 4, 5].map((n) => suppressCount(n, false))).toEqual([0, 1, 4, 5]);
  });
});

describe('suppressFigure', () => {
  it('hides a figure computed from fewer than 5 journeys as "–"', () => {
    expect(suppressFigure(31, 4)).toBe('–');
    expect(suppressFigure(0.25, 1)).toBe(HIDDEN);
    expect(suppressFigure(31, 5)).toBe(31);
    expect(suppressFigure(null, 12)).toBeNull();
    expect(suppressFigure(31, 4, false)).toBe(31);
  });

  it('reading of the spec: a figure from no journeys at all is "–" too (fewer than 5)', () => {
    expect(suppressFigure(null, 0)).toBe('–');
  });
});
