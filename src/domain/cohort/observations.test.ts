/**
 * The observations of section 7, on the reference day: hand-made cohorts with the arithmetic
 * in comments, then seeded properties over generated cohorts. ASOF is 2025-12-31.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyze';
import { dayNumber } from '../dates';
import { ASOF, endedWait, journey } from './fixtures';
import { analyzeCohort } from './figures';
import { generateCohort } from './generate';
import { observe } from './observations';

const waits = (journeys: Parameters<typeof analyzeCohort>[0], ignoreGapsUpToDays = 0) =>
  analyzeCohort(journeys, { asOf: ASOF, ignoreGapsUpToDays }).waits;
const observations = (j: Parameters<typeof analyzeJourney>[0], ignoreGapsUpToDays = 0) => {
  const a = analyzeJourney(j, { asOf: ASOF, ignoreGapsUpToDays, cliffHorizonDays: 90 });
  return a.forstegWaits.map((w) => observe(j, a, w, ASOF));
};

// A försteg ending 2025-11-30, its next step planned for 2026-01-15: a closed gap of 45 days
// (2025-12-01..2026-01-14) in the analysis, but on ASOF the next step has not begun.
const plannedAfter = journey('planned', [
  { kind: 'forsteg', start: '2025-09-01', end: '2025-11-30' },
  { kind: 'komvux', start: '2026-01-15', plannedEnd: '2026-06-30' },
]);
// A försteg ending 2026-01-31, after ASOF, its next step planned for 2026-02-01: a 0-day wait
// in the analysis, but D = 2026-02-01 > ASOF: the wait has not begun.
const endsAfter = journey('after', [
  { kind: 'forsteg', start: '2025-11-01', plannedEnd: '2026-01-31' },
  { kind: 'komvux', start: '2026-02-01', plannedEnd: '2026-06-30' },
]);
// A journey closed on its försteg's last day: the horizon ends 2025-03-31, D = 2025-04-01 is
// after it, so the analysis says 0 days, no next, noNextStep false (closed). Closed before D.
const closedOnLastDay = journey('closed', [{ kind: 'forsteg', start: '2025-01-01', end: '2025-03-31' }], {
  closed: { date: '2025-03-31', reason: 'flyttat' },
});

describe('observations on the reference day (section 7)', () => {
  it('a next step planned after the reference day is censored on it, not an ended wait', () => {
    // D = 2025-12-01, N = 2026-01-15 > ASOF: censored at min(R, ASOF) - D + 1, R = D + 45 - 1 =
    // 2026-01-14, so at 2025-12-31 - 2025-12-01 + 1 = 31 days.
    expect(observations(plannedAfter)).toEqual([{ kind: 'censored', time: 31 }]);
    const w = waits([plannedAfter]);
    expect(w).toMatchObject({ count: 1, observed: 1, notAtRisk: 0, noNextStep: 0, stillWaiting: 1 });
    expect([w.median, w.p75, w.p90]).toEqual([null, null, null]); // no wait had ended
    expect(w.survival).toEqual([{ day: 31, atRisk: 1, events: 0, censored: 1, survival: 1 }]);
    expect(w.histogram[1]).toEqual({ from: 31, to: 60, ended: 0, open: 1 }); // by its time, 31
  });

  it('a försteg ending after the reference day is not at risk: its wait has not begun', () => {
    expect(observations(endsAfter)).toEqual([{ kind: 'notAtRisk' }]);
    const w = waits([endsAfter]);
    expect(w).toMatchObject({ count: 1, observed: 0, notAtRisk: 1, noNextStep: 0, stillWaiting: 0 });
    expect(w.survival).toEqual([]); // not an event at 0
  });

  it('a journey closed on its försteg last day is not a 0-day wait', () => {
    // closed.date 2025-03-31 < D = 2025-04-01: closed before any day of waiting.
    expect(observations(closedOnLastDay)).toEqual([{ kind: 'notAtRisk' }]);
    expect(waits([closedOnLastDay])).toMatchObject({ count: 1, observed: 0, notAtRisk: 1, survival: [] });
  });

  it('a journey closed while waiting is censored on its closing day', () => {
    // Försteg to 2025-03-31, closed 2025-05-31: the open gap 2025-04-01..2025-05-31 = 61 days,
    // R = D + 61 - 1 = 2025-05-31, censored at 61.
    const j = journey('closed-waiting', [{ kind: 'forsteg', start: '2025-01-01', end: '2025-03-31' }], {
      closed: { date: '2025-05-31', reason: 'flyttat' },
    });
    expect(observations(j)).toEqual([{ kind: 'censored', time: 61 }]);
  });

  it('an open gap shorter than the tolerance is still waiting; a short closed one is an event at 0', () => {
    // Open: försteg ends 2025-12-20, nothing after: gap 2025-12-21..2025-12-31 = 11 days <= 30,
    // never dropped (it has not ended): censored at 11.
    const open = journey('open-short', [{ kind: 'forsteg', start: '2025-10-01', end: '2025-12-20' }]);
    expect(observations(open, 30)).toEqual([{ kind: 'censored', time: 11 }]);
    // Closed: försteg ends 2025-06-30, komvux from 2025-07-11: the 10-day gap is dropped, so a 0-day
    // wait with next komvux; N = 2025-07-11 <= ASOF: an event at 0.
    const closed = journey('closed-short', [
      { kind: 'forsteg', start: '2025-04-01', end: '2025-06-30' },
      { kind: 'komvux', start: '2025-07-11', end: '2025-10-31' },
    ]);
    expect(observations(closed, 30)).toEqual([{ kind: 'event', time: 0 }]);
    expect(observations(closed, 0)).toEqual([{ kind: 'event', time: 10 }]);
    // The same short gap with its next step planned after ASOF: censored at its time, not an event.
    const later = journey('planned-short', [
      { kind: 'forsteg', start: '2025-10-01', end: '2025-12-25' },
      { kind: 'komvux', start: '2026-01-05', plannedEnd: '2026-03-31' },
    ]);
    // Dropped gap 2025-12-26..2026-01-04 (10 days): 0 days, N = 2026-01-05 > ASOF, R = N - 1:
    // censored at min(2026-01-04, ASOF) - 2025-12-26 + 1 = 6.
    expect(observations(later, 30)).toEqual([{ kind: 'censored', time: 6 }]);
  });

  it('a mixed cohort: count = observed + notAtRisk + noNextStep; percentiles over the ended waits only', () => {
    // Events 10, 20, 0; censored 31 (planned); not at risk 2; noNextStep 0 (none here).
    const cohort = [
      endedWait('a', 10),
      endedWait('b', 20),
      endedWait('z', 0),
      plannedAfter,
      endsAfter,
      closedOnLastDay,
    ];
    const w = waits(cohort);
    expect(w).toMatchObject({ count: 6, observed: 4, notAtRisk: 2, noNextStep: 0, stillWaiting: 1, positive: 3 });
    // Ended waits with time > 0: 10, 20 → median v[1] = 10, p75 v[ceil(1.5)] = v[2] = 20, p90 20.
    expect([w.median, w.p75, w.p90]).toEqual([10, 20, 20]);
    // t = 0: 4 at risk, 1 event → 3/4; t = 10: 3, 1 → 1/2; t = 20: 2, 1 → 1/4; t = 31: censored.
    expect(w.survival.map((r) => [r.day, r.atRisk, r.events, r.censored])).toEqual([
      [0, 4, 1, 0],
      [10, 3, 1, 0],
      [20, 2, 1, 0],
      [31, 1, 0, 1],
    ]);
    expect(w.survivalMedian).toBe(10);
  });
});

describe('observations: seeded properties', () => {
  const SETTINGS = { seed: 20261206, numRuns: 30 };
  const cohorts = fc.record({
    seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
    n: fc.integer({ min: 1, max: 60 }),
    asOf: fc.constantFrom('2025-06-30', '2026-03-02', '2026-12-06'),
    ignore: fc.constantFrom(0, 7, 31),
  });

  it('no observation is an event after asOf, none is censored past it; the counts add up to the entries', () => {
    fc.assert(
      fc.property(cohorts, ({ seed, n, asOf, ignore }) => {
        const journeys = generateCohort(n, seed, asOf);
        const ref = dayNumber(asOf);
        for (const j of journeys) {
          const a = analyzeJourney(j, { asOf, ignoreGapsUpToDays: ignore, cliffHorizonDays: 90 });
          for (const w of a.forstegWaits) {
            const o = observe(j, a, w, asOf);
            const end = a.interventions.find((i) => i.id === w.forsteg)?.effectiveEnd ?? '';
            const d = dayNumber(end) + 1;
            if (o.kind === 'event') {
              const next = j.interventions.find((i) => i.id === w.next);
              expect(next && dayNumber(next.start) <= ref).toBe(true); // the next step had begun
              expect(d + o.time).toBeLessThanOrEqual(ref + 1);
            }
            if (o.kind === 'censored') expect(d + o.time - 1).toBeLessThanOrEqual(ref);
            if (o.kind === 'event' || o.kind === 'censored') expect(d).toBeLessThanOrEqual(ref);
          }
        }
        const f = analyzeCohort(journeys, { asOf, ignoreGapsUpToDays: ignore }).waits;
        expect(f.observed + f.notAtRisk + f.noNextStep).toBe(f.count);
        const rows = f.survival.reduce((s, r) => s + r.events + r.censored, 0);
        expect(rows).toBe(f.observed);
        expect(f.survival.reduce((s, r) => s + r.censored, 0)).toBe(f.stillWaiting);
      }),
      SETTINGS,
    );
  });
});
