/** Waits after försteg across hand-made cohorts: percentiles, survival, histogram and counts (section 7). */
import { describe, expect, it } from 'vitest';
import { ASOF, endedWait, journey, noNextStep, openWait } from './fixtures';
import { analyzeCohort, cohortAccumulator, figureBases } from './figures';
import { MEDIAN, P75, P90, nearestRank } from './ranks';

const waits = (journeys: Parameters<typeof analyzeCohort>[0]) => analyzeCohort(journeys, { asOf: ASOF }).waits;

describe('nearest-rank percentiles of the ended waits', () => {
  it('n = 1: every percentile is the one value (ceil(0.5·1) = ceil(0.75·1) = ceil(0.9·1) = 1)', () => {
    const w = waits([endedWait('a', 12)]);
    expect([w.median, w.p75, w.p90]).toEqual([12, 12, 12]);
  });

  it('n = 2: v = [10, 30]; median v[ceil(1)] = 10, p75 v[ceil(1.5)] = v[2] = 30, p90 v[ceil(1.8)] = 30', () => {
    const w = waits([endedWait('a', 30), endedWait('b', 10)]);
    expect([w.median, w.p75, w.p90]).toEqual([10, 30, 30]);
  });

  it('n = 10, with open and 0-day waits left out of the values', () => {
    // Sorted: 5, 5, 12, 20, 31, 40, 61, 70, 90, 200.
    // median v[ceil(5)] = v[5] = 31; p75 v[ceil(7.5)] = v[8] = 70; p90 v[ceil(9)] = v[9] = 90.
    const days = [40, 5, 5, 70, 12, 90, 31, 61, 200, 20];
    const w = waits([
      ...days.map((d, i) => endedWait(`e${i}`, d)),
      openWait('open', 400), // open: not an ended wait
      endedWait('zero', 0), // 0 days: not a wait with days > 0
    ]);
    expect([w.median, w.p75, w.p90]).toEqual([31, 70, 90]);
    expect(w.histogram).toEqual([
      { from: 1, to: 30, ended: 4, open: 0 }, // 5, 5, 12, 20
      { from: 31, to: 60, ended: 2, open: 0 }, // 31, 40
      { from: 61, to: 90, ended: 3, open: 0 }, // 61, 70, 90
      { from: 91, to: 180, ended: 0, open: 0 },
      { from: 181, to: 365, ended: 1, open: 0 }, // 200
      { from: 366, to: null, ended: 0, open: 1 }, // the open 400
    ]);
    expect(w).toMatchObject({ count: 12, positive: 11, stillWaiting: 1, noNextStep: 0, journeysWithWait: 11 });
  });

  it('n = 0: null', () => {
    const w = waits([openWait('a', 20), noNextStep('b')]);
    expect([w.median, w.p75, w.p90]).toEqual([null, null, null]);
  });

  it('reading of the spec: the rank is ceil(q·n) in whole numbers, so a rank is never one off at multiples of 10', () => {
    // ceil(0.9·10) = 9, ceil(0.9·11) = ceil(9.9) = 10, ceil(0.9·70) = 63, ceil(0.75·4) = 3, ceil(0.5·3) = 2.
    expect([10, 11, 70].map((n) => nearestRank(P90, n))).toEqual([9, 10, 63]);
    expect(nearestRank(P75, 4)).toBe(3);
    expect(nearestRank(MEDIAN, 3)).toBe(2);
    const w = waits(Array.from({ length: 70 }, (_, i) => endedWait(`e${i}`, i + 1))); // v[k] = k
    expect([w.median, w.p75, w.p90]).toEqual([35, 53, 63]); // ceil(35) = 35, ceil(52.5) = 53, ceil(63) = 63
  });
});

describe('Kaplan-Meier survival of waits', () => {
  // Observations (noNextStep left out): 0 (event), 10, 10 (events), 10 (censored), 20 (event), 30 (censored).
  const cohort = [
    endedWait('zero', 0),
    endedWait('ten-a', 10),
    endedWait('ten-b', 10),
    openWait('ten-open', 10),
    endedWait('twenty', 20),
    openWait('thirty-open', 30),
    noNextStep('none'),
  ];

  it('has one row per time with atRisk, events, censored and the product limit', () => {
    expect(waits(cohort).survival).toEqual([
      // t = 0: 6 at risk, 1 event: S = 1 - 1/6 = 5/6.
      { day: 0, atRisk: 6, events: 1, censored: 0, survival: 1 - 1 / 6 },
      // t = 10: 5 at risk (all with time >= 10), 2 events, 1 censored: S = 5/6 · (1 - 2/5) = 1/2.
      { day: 10, atRisk: 5, events: 2, censored: 1, survival: (1 - 1 / 6) * (1 - 2 / 5) },
      // t = 20: 5 - 3 = 2 at risk, 1 event: S = 1/2 · (1 - 1/2) = 1/4.
      { day: 20, atRisk: 2, events: 1, censored: 0, survival: (1 - 1 / 6) * (1 - 2 / 5) * (1 - 1 / 2) },
      // t = 30: 1 at risk, censored only: S stays 1/4.
      { day: 30, atRisk: 1, events: 0, censored: 1, survival: (1 - 1 / 6) * (1 - 2 / 5) * (1 - 1 / 2) },
    ]);
  });

  it('takes the median where S first drops to one half (within 1e-9)', () => {
    expect(waits(cohort).survivalMedian).toBe(10);
  });

  it('counts every entry, the noNextStep one included', () => {
    // Entries: 7; days > 0: 10, 10, 10, 20, 30 = 5; open with days > 0: 10 and 30; noNextStep: 1.
    expect(waits(cohort)).toMatchObject({
      journeysWithForsteg: 7,
      journeysWithWait: 5,
      count: 7,
      positive: 5,
      stillWaiting: 2,
      noNextStep: 1,
      // Ended with days > 0: 10, 10, 20 → median v[2] = 10, p75 v[ceil(2.25)] = v[3] = 20, p90 v[3] = 20.
      median: 10,
      p75: 20,
      p90: 20,
    });
  });

  it('has no median while more than half are still waiting', () => {
    const w = waits([openWait('a', 5), openWait('b', 8), endedWait('c', 9)]);
    // t = 5: 3 at risk, censored; t = 8: 2 at risk, censored; t = 9: 1 at risk, 1 event → S = 0.
    expect(w.survival.map((r) => r.survival)).toEqual([1, 1, 0]);
    expect(w.survivalMedian).toBe(9);
    expect(waits([openWait('a', 5), endedWait('b', 0), openWait('c', 8)]).survivalMedian).toBeNull(); // S = 2/3
  });

  it('reading of the spec: a 0-day wait is an event at t = 0; a noNextStep entry is no observation at all', () => {
    const w = waits([endedWait('zero', 0), noNextStep('none')]);
    expect(w.survival).toEqual([{ day: 0, atRisk: 1, events: 1, censored: 0, survival: 0 }]);
    expect(w.survivalMedian).toBe(0);
    expect(w).toMatchObject({ count: 2, positive: 0, noNextStep: 1, journeysWithForsteg: 2, journeysWithWait: 0 });
  });
});

describe('what the waits rest on', () => {
  it('reading of the spec: journeysWithForsteg counts journeys with a wait entry, so an open-ended försteg (no wait yet) is not one', () => {
    // Kind forsteg has no decision length: without an end it is open-ended and has no wait entry.
    const w = waits([journey('open-ended', [{ kind: 'forsteg', start: '2025-06-01' }]), endedWait('a', 3)]);
    expect(w).toMatchObject({ journeysWithForsteg: 1, count: 1 });
  });

  it('gives the number of journeys behind the percentiles and the survival, for the small-cell rule', () => {
    const acc = cohortAccumulator({ asOf: ASOF });
    const state = acc.empty();
    // Ended waits with days > 0: a and b (2 journeys); in the survival: a, b, zero and open (noNextStep left out).
    [endedWait('a', 3), endedWait('b', 9), endedWait('zero', 0), openWait('open', 4), noNextStep('none')].forEach(
      (j, i) => acc.addJourney(state, j, i),
    );
    expect(figureBases(state)).toEqual({ percentiles: 2, survival: 4 });
  });

  it('counts the journeys behind the figures of both sides when two parts are merged (a chunked load)', () => {
    // Section 7: a percentile computed from fewer than 5 journeys is shown as "–". Five journeys with an
    // ended wait, read in two chunks (3 + 2), are five journeys behind the percentiles, not 3 or 2.
    const acc = cohortAccumulator({ asOf: ASOF });
    const part = (journeys: Parameters<typeof analyzeCohort>[0]) => {
      const state = acc.empty();
      journeys.forEach((j, i) => acc.addJourney(state, j, i));
      return state;
    };
    const first = part([endedWait('a', 3), endedWait('b', 9), openWait('open', 4)]);
    const second = part([endedWait('c', 12), endedWait('d', 20), endedWait('e', 30), noNextStep('none')]);
    const whole = { percentiles: 5, survival: 6 };
    expect(figureBases(acc.merge(first, second))).toEqual(whole);
    expect(figureBases(acc.merge(second, first))).toEqual(whole);
    expect(figureBases(acc.merge(acc.empty(), acc.merge(first, second)))).toEqual(whole);
  });
});
