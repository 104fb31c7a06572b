/**
 * The journeys behind the wait figures (section 7: `journeysWithWait` is the journeys with at least
 * one wait of days > 0; the percentiles rest on the journeys with an ended wait of days > 0, the
 * survival on those with an observation in it) when one journey has more than one försteg and its
 * waits differ: a journey counts once as soon as ONE of its waits qualifies. And states of two
 * reference days never merge. Gaps found by the mutation run of cohort/waits.ts.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, journey, noNextStep } from './fixtures';
import { analyzeCohort, cohortAccumulator, figureBases } from './figures';
import { waitsAccumulator } from './waits';

/** Two försteg: the first followed at once (a wait of 0 days), the second after 20 days; both ended. */
const zeroThenTwenty = journey('two', [
  { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
  { kind: 'komvux', start: '2025-02-01', end: '2025-02-28' },
  { kind: 'forsteg', start: '2025-03-01', end: '2025-03-31' },
  { kind: 'komvux', start: '2025-04-21', end: '2025-05-20' },
]);

/** A wait of 10 days that ended, then a försteg running past the reference day with nothing planned. */
const endedThenNoNextStep = journey('mixed', [
  { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
  { kind: 'komvux', start: '2025-02-11', end: '2025-03-12' },
  { kind: 'forsteg', start: '2025-11-03', end: '2026-02-27' },
]);

function bases(journeys: Parameters<typeof analyzeCohort>[0]) {
  const acc = cohortAccumulator({ asOf: ASOF });
  const state = acc.empty();
  journeys.forEach((j, i) => acc.addJourney(state, j, i));
  return figureBases(state);
}

describe('a journey with several waits counts once when one of them qualifies', () => {
  it('a 0-day wait beside a 20-day one: one journey with a wait, one behind the percentiles', () => {
    const w = analyzeCohort([zeroThenTwenty], { asOf: ASOF }).waits;
    expect(w).toMatchObject({ journeysWithForsteg: 1, count: 2, positive: 1, journeysWithWait: 1 });
    expect([w.median, w.p75, w.p90]).toEqual([20, 20, 20]);
    expect(bases([zeroThenTwenty])).toEqual({ percentiles: 1, survival: 1 });
  });

  it('an ended wait beside a försteg with no next step planned: in the survival', () => {
    const w = analyzeCohort([endedThenNoNextStep], { asOf: ASOF }).waits;
    expect(w).toMatchObject({ journeysWithForsteg: 1, count: 2, noNextStep: 1, observed: 1 });
    expect(bases([endedThenNoNextStep])).toEqual({ percentiles: 1, survival: 1 });
  });

  it('a journey whose only wait has no next step planned is not in the survival', () => {
    expect(bases([noNextStep('none')])).toEqual({ percentiles: 0, survival: 0 });
  });
});

describe('merging waits', () => {
  it('refuses states of two reference days, naming both', () => {
    const a = waitsAccumulator('2025-12-31');
    const b = waitsAccumulator('2026-01-31');
    expect(() => a.merge(a.empty(), b.empty())).toThrow(
      new RangeError('cannot merge waits as of 2025-12-31 with waits as of 2026-01-31'),
    );
    expect(a.merge(a.empty(), a.empty()).asOf).toBe('2025-12-31');
  });
});
