import { describe, expect, it } from 'vitest';
import type { Alignment } from '../domain';
import { chronogramLayout, countsAt } from './chronogramLayout';
import { frame } from './frame';

const f = frame(400, 100, { top: 0, right: 0, bottom: 0, left: 0 });
const day = (
  offset: number,
  employment: number,
  activity: number,
  greyZone: number,
  gap: number,
  unobserved: number,
) => ({
  offset,
  employment,
  activity,
  greyZone,
  gap,
  unobserved,
});
const alignment: Alignment = {
  anchor: 'forstegEnd',
  included: 10,
  excluded: 2,
  days: [
    day(-2, 0, 10, 0, 0, 0),
    day(-1, 0, 8, 2, 0, 0),
    day(0, 1, 1, 3, 5, 0),
    day(1, 2, 2, 0, 4, 2),
    day(2, 5, 5, 0, 0, 0),
  ],
};

describe('chronogram layout', () => {
  it('stacks the states bottom up on a scale of the included journeys', () => {
    const m = chronogramLayout(alignment, f);
    expect(m.areas.map((a) => a.state)).toEqual(['employment', 'activity', 'greyZone', 'gap', 'unobserved']);
    expect(m.anchorX).toBe(200); // offsets -2..2 over 400 px
    // Activity at offset -2 fills the whole height (0 employment below it, 10 of 10).
    const activity = m.areas[1].path;
    expect(activity.startsWith('M0,0')).toBe(true); // the top at offset -2: y(10) = 0
    expect(activity).toMatch(/L0,100Z$/); // back along the baseline y(0)
    // Employment at offset 2 reaches y(5) = 50.
    expect(m.areas[0].path).toContain('400,50');
  });

  it('reads the counts at an offset, and null outside', () => {
    expect(countsAt(alignment, 0)).toEqual(day(0, 1, 1, 3, 5, 0));
    expect(countsAt(alignment, 3)).toBeNull();
    expect(countsAt(alignment, -3)).toBeNull();
  });
});
