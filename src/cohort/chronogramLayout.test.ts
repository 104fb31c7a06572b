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

  it('draws no exact area for a hidden count: the hidden states of a day are one area on top', () => {
    // Day 0: employment 1 and activity 1 are hidden ("<5" and its second); gap 5 and grey zone 3
    // stay. Day 1: nothing hidden. The hidden area is 2 high on day 0 and 0 elsewhere.
    const hidden = (o: number, s: string) => o === 0 && (s === 'employment' || s === 'activity');
    const m = chronogramLayout(alignment, f, hidden);
    expect(m.hiddenDays).toBe(1);
    expect(m.areas.map((a) => a.state)).toEqual(['employment', 'activity', 'greyZone', 'gap', 'unobserved', 'hidden']);
    // Points are at x = 0, 100, 200, 300, 400; y(n) = 100 - 10 n. Employment on day 0 has no height.
    const top = (path: string) => path.split('L').map((p) => p.replace(/^M/, ''));
    expect(top(m.areas[0].path)[2]).toBe('200,100');
    // Grey zone on day 0 sits on the baseline (the hidden states below it are not drawn): 0..3.
    expect(top(m.areas[2].path)[2]).toBe('200,70');
    // The hidden area on day 0 runs from 8 (3 + 5 shown) to 10; on day 1 it has no height (y(10) = 0).
    const h = top(m.areas[5].path);
    expect(h[2]).toBe('200,0');
    expect(h).toContain('200,20');
    expect(h[3]).toBe('300,0');
    // With nothing hidden there is no hidden area.
    expect(chronogramLayout(alignment, f).hiddenDays).toBe(0);
  });

  it('reads the counts at an offset, and null outside', () => {
    expect(countsAt(alignment, 0)).toEqual(day(0, 1, 1, 3, 5, 0));
    expect(countsAt(alignment, 3)).toBeNull();
    expect(countsAt(alignment, -3)).toBeNull();
  });
});
