/**
 * The Kaplan-Meier curve that protects people (issue 23, point 5): with small cells hidden, no
 * step rests on fewer than 5 journeys. Reading pinned here: consecutive event times are grouped
 * into bands of at least 5 events, each drawn as one step at the band's end with the exact
 * product-limit value there; the curve ends with the last full band (the rest, fewer than 5
 * events, is not drawn), so every band starts with at least 5 at risk.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, endedWait, openWait } from './fixtures';
import { analyzeCohort } from './figures';
import { survivalBands } from './survival';

describe('survival bands of at least 5 events', () => {
  it('ten waits of 0, 10, ..., 90 days: two steps of five, at 40 and at 90', () => {
    const w = analyzeCohort(
      Array.from({ length: 10 }, (_, i) => endedWait(`w${i}`, 10 * i)),
      { asOf: ASOF },
    ).waits;
    const bands = survivalBands(w.survival, 5);
    // Band 1: t = 0..40, 10 at risk, 5 events: S(40) = 9/10 · 8/9 · 7/8 · 6/7 · 5/6 = 1/2.
    // Band 2: t = 50..90, 5 at risk, 5 events: S(90) = 0.
    expect(bands.map((b) => [b.from, b.day, b.atRisk, b.events, b.censored])).toEqual([
      [0, 40, 10, 5, 0],
      [50, 90, 5, 5, 0],
    ]);
    expect(bands[0].survival).toBeCloseTo(0.5, 12);
    expect(bands[1].survival).toBe(0);
    expect(bands.every((b) => b.events >= 5 && b.atRisk >= 5)).toBe(true);
  });

  it('ends the curve with the last full band: a tail of fewer than 5 events is not drawn', () => {
    // Events at 1..7 days and one still waiting after 20: band 1..5 (5 events), then 6 and 7 (2
    // events) and a censoring at 20 never make a band of 5.
    const cohort = [1, 2, 3, 4, 5, 6, 7].map((d) => endedWait(`e${d}`, d)).concat(openWait('o', 20));
    const bands = survivalBands(analyzeCohort(cohort, { asOf: ASOF }).waits.survival, 5);
    expect(bands.map((b) => [b.from, b.day, b.atRisk, b.events, b.censored])).toEqual([[1, 5, 8, 5, 0]]);
  });

  it('counts censorings inside a band with it, never as a tick of their own', () => {
    // Events at 10, 20, 30, 40, 50; still waiting after 15 and 25 (censored inside the band).
    const cohort = [10, 20, 30, 40, 50].map((d) => endedWait(`e${d}`, d)).concat(openWait('a', 15), openWait('b', 25));
    const [band] = survivalBands(analyzeCohort(cohort, { asOf: ASOF }).waits.survival, 5);
    expect([band.from, band.day, band.atRisk, band.events, band.censored]).toEqual([10, 50, 7, 5, 2]);
  });
});
