/**
 * The observations of section 7 on their boundaries, where the first mutation run of
 * observations.ts (issue #29) found them untested: a wait that begins on the reference day, a
 * journey closed on the wait's first day, a next step that begins on the reference day, the 0-day
 * waits a short gap leaves (section 4), and a wait that is not the analysis's own. ASOF is 2025-12-31.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ForstegWait, analyzeJourney } from '../analyze';
import { dayNumber } from '../dates';
import type { Journey } from '../schema';
import { ASOF, journey } from './fixtures';
import { generateCohort } from './generate';
import { observe } from './observations';

const observations = (j: Journey, ignoreGapsUpToDays = 0) => {
  const a = analyzeJourney(j, { asOf: ASOF, ignoreGapsUpToDays, cliffHorizonDays: 90 });
  return a.forstegWaits.map((w) => observe(j, a, w, ASOF));
};

describe('the boundaries of an observation', () => {
  it('a wait whose first day is the reference day is observed: censored at 1 day, not "not at risk"', () => {
    // The försteg ends 12-30, D = 12-31 = ASOF, nothing after: still waiting on its first day.
    const j = journey('d', [{ kind: 'forsteg', start: '2025-10-01', end: '2025-12-30' }]);
    expect(observations(j)).toEqual([{ kind: 'censored', time: 1 }]);
  });

  it('a journey closed on the first day of waiting closed while waiting: censored at 1 day', () => {
    // D = 03-01 = closed.date: one day of waiting ("closed before any day of waiting" is closed.date < D).
    const j = journey('c', [{ kind: 'forsteg', start: '2025-01-01', end: '2025-02-28' }], {
      closed: { date: '2025-03-01', reason: 'Flyttat' },
    });
    expect(observations(j)).toEqual([{ kind: 'censored', time: 1 }]);
  });

  it('a next step that begins on the reference day has begun: an event at the wait’s days', () => {
    // D = 12-01, N = 12-31 = ASOF: 30 days of waiting, ended.
    const j = journey('n', [
      { kind: 'forsteg', start: '2025-09-01', end: '2025-11-30' },
      { kind: 'komvux', start: '2025-12-31', plannedEnd: '2026-06-30' },
    ]);
    expect(observations(j)).toEqual([{ kind: 'event', time: 30 }]);
  });
});

describe('0-day waits (a short gap dropped, section 4)', () => {
  it('with the next step planned after the reference day: censored on the reference day (R = N - 1)', () => {
    // Gaps of 60 days or fewer dropped; but the gap 12-01..2026-01-14 is 45 days, and not open, so dropped:
    // days 0, next = the komvux, N = 2026-01-15 > ASOF. Censored at min(N - 1, ASOF) - D + 1 = 31.
    const j = journey('p', [
      { kind: 'forsteg', start: '2025-09-01', end: '2025-11-30' },
      { kind: 'komvux', start: '2026-01-15', plannedEnd: '2026-06-30' },
    ]);
    expect(observations(j, 60)).toEqual([{ kind: 'censored', time: 31 }]);
  });

  it('in a journey closed a few days into the wait, with nothing after: censored at the closing (R = the horizon’s end)', () => {
    // Closed 03-10, D = 03-06: the gap 03-06..03-10 runs to the horizon's end, and in a closed journey an
    // open gap of 10 days or fewer is dropped: days 0, no next step. Censored at 03-10 - 03-06 + 1 = 5.
    const j = journey('x', [{ kind: 'forsteg', start: '2025-01-01', end: '2025-03-05' }], {
      closed: { date: '2025-03-10', reason: 'Flyttat' },
    });
    expect(observations(j, 10)).toEqual([{ kind: 'censored', time: 5 }]);
  });

  it('the same with a next step planned after the closing: still censored at the closing, never past the horizon', () => {
    // The reading of section 7 pinned here: its R would be N - 1 (2026-01-14), so the wait would be seen
    // until ASOF (301 days) in a journey closed 5 days into it. Section 4 counts nothing outside the
    // horizon, which ends on the closing: R is taken no later than the horizon's end.
    const j = journey(
      'y',
      [
        { kind: 'forsteg', start: '2025-01-01', end: '2025-03-05' },
        { kind: 'komvux', start: '2026-01-15', plannedEnd: '2026-06-30' },
      ],
      { closed: { date: '2025-03-10', reason: 'Flyttat' } },
    );
    expect(observations(j, 10)).toEqual([{ kind: 'censored', time: 5 }]);
  });
});

describe('a wait the analysis does not have', () => {
  it('is refused, naming the försteg', () => {
    const j = journey('w', [{ kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' }]);
    const a = analyzeJourney(j, { asOf: ASOF });
    const stranger: ForstegWait = { ...a.forstegWaits[0], forsteg: 'i9' };
    expect(() => observe(j, a, stranger, ASOF)).toThrow(
      new RangeError('wait after i9 has no försteg with an effective end'),
    );
  });
});

describe('the censored time, against section 7’s words', () => {
  it('is min(R, asOf) - D + 1 with R as section 7 defines it, taken no later than the horizon’s end', () => {
    // R: D + w.days - 1 when w.days > 0, else N - 1 when N exists, else the horizon's end. observe.ts
    // computes min(the horizon's end, asOf) - D + 1, derived from it; this holds it to the words.
    const seen = { zeroDays: 0, longer: 0 };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('2025-06-30', '2026-03-02', '2026-12-06'),
        fc.constantFrom(0, 7, 31),
        (seed, n, asOf, ignore) => {
          const ref = dayNumber(asOf);
          for (const j of generateCohort(n, seed, asOf)) {
            const a = analyzeJourney(j, { asOf, ignoreGapsUpToDays: ignore, cliffHorizonDays: 90 });
            for (const w of a.forstegWaits) {
              const o = observe(j, a, w, asOf);
              if (o.kind !== 'censored') continue;
              const d = dayNumber(a.interventions.find((i) => i.id === w.forsteg)!.effectiveEnd!) + 1;
              const next = j.interventions.find((i) => i.id === w.next);
              const nDay = next ? Math.max(d, dayNumber(next.start)) : null;
              const to = dayNumber(a.horizon!.to);
              const r = w.days > 0 ? d + w.days - 1 : nDay !== null ? nDay - 1 : to;
              seen[w.days > 0 ? 'longer' : 'zeroDays']++;
              expect(o.time).toBe(Math.min(r, to, ref) - d + 1);
            }
          }
        },
      ),
      { seed: 7, numRuns: 40 },
    );
    // Both kinds of censored wait were met (the generator makes some of each).
    expect(seen.zeroDays).toBeGreaterThan(0);
    expect(seen.longer).toBeGreaterThan(0);
  });
});
