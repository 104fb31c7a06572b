import { describe, expect, it } from 'vitest';
import { analyzeCohort } from '../domain';
import { ASOF, endedWait, openWait } from '../domain/cohort/fixtures';
import { frame } from './frame';
import { survivalLayout } from './survivalLayout';

const f = frame(600, 300, { top: 0, right: 0, bottom: 0, left: 0 });

describe('survival curve layout', () => {
  it('steps down at each event time from 1, marks the censored and the median', () => {
    // Ended waits of 10, 20, 30 and 40 days; one still open after 25 days.
    const cohort = [10, 20, 30, 40].map((d, i) => endedWait(`e${i}`, d)).concat(openWait('o', 25));
    const w = analyzeCohort(cohort, { asOf: ASOF }).waits;
    const m = survivalLayout(w.survival, w.survivalMedian, f);
    expect(m.maxDay).toBe(40); // the x domain [0, 40] made nice
    // x: 15 px a day; y: 300 px for survival 1. Start at (0, top), step at day 10 to 4/5.
    expect(m.path.startsWith('M0,0')).toBe(true);
    expect(m.path).toContain('L150,0L150,60L300,60L300,120'); // day 10: 0.8 → y 60; day 20: 0.6 → y 120
    expect(m.path).toMatch(/L600,300$/); // day 40, the last ended wait: nobody left waiting
    // The wait open at 25 days is censored at survival 0.6.
    expect(m.censored).toHaveLength(1);
    expect(m.censored[0]).toMatchObject({ day: 25, x: 375, count: 1 });
    expect(m.censored[0].survival).toBeCloseTo(0.6, 12);
    expect(m.censored[0].y).toBeCloseTo(120, 9);
    // After day 30: 0.6 · (1 - 1/2) = 0.3 ≤ 0.5: the median is 30.
    expect(w.survivalMedian).toBe(30);
    expect(m.median).toEqual({ day: 30, x: 450, y: 150 });
    expect(m.yTicks.map((t) => t.at)).toEqual([300, 225, 150, 75, 0]);
  });

  it('draws up to the cap (a year), flat to the edge after the last step drawn', () => {
    const cohort = [10, 20, 30, 40, 800].map((d, i) => endedWait(`e${i}`, d));
    // The 800-day wait ends 2027-04-12: seen on a later reference day, so that it has ended (on
    // ASOF its next step is only planned, and it is censored at 334 days: section 7).
    const w = analyzeCohort(cohort, { asOf: '2027-12-31' }).waits;
    const m = survivalLayout(w.survival, w.survivalMedian, f);
    expect(m.maxDay).toBe(400); // 365 made nice
    expect(m.path).toMatch(/L600,240$/); // 1 of 5 still waiting after day 40 → y(0.2) = 240, to the edge
    expect(survivalLayout(w.survival, w.survivalMedian, f, 1000).maxDay).toBe(800); // the last wait, under a larger cap
  });

  it('draws a flat line at 1 and no median when nobody has stopped waiting', () => {
    const w = analyzeCohort([openWait('o', 12)], { asOf: ASOF }).waits;
    const m = survivalLayout(w.survival, w.survivalMedian, f);
    expect(m.median).toBeNull();
    // Domain at least 30 days: 20 px a day; the open wait at 12 days is censored at 1.
    expect(m.path).toMatch(/^M0,0(L[\d.]+,0)+$/);
    expect(m.censored).toEqual([{ day: 12, survival: 1, x: 240, y: 0, count: 1 }]);
  });
});
