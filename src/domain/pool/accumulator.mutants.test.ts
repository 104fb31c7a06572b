/**
 * The pool's accumulator (issue 27): its options, the order of its counts, what it refuses to
 * merge, and the bases of the small-cell rule it finishes with.
 */
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../cohort/generate';
import { type Tally, bump } from '../cohort/tally';
import { finishCounts, poolAccumulator } from './accumulator';

const ASOF = '2026-03-02';

describe('poolAccumulator', () => {
  it('refuses a reference day that is not a date', () => {
    expect(() => poolAccumulator({ asOf: '2026-02-30' })).toThrow(new TypeError('asOf "2026-02-30" is not a date'));
    // Without anchors no alignment checks the day for it.
    expect(() => poolAccumulator({ asOf: '2026-13-01', anchors: [] })).toThrow(
      new TypeError('asOf "2026-13-01" is not a date'),
    );
    expect(() => poolAccumulator({ asOf: ASOF })).not.toThrow();
  });

  it('refuses to merge states of other reference days', () => {
    const acc = poolAccumulator({ asOf: ASOF });
    const other = { ...acc.empty(), asOf: '2026-01-01' };
    const message = 'cannot merge figures as of 2026-03-02 with figures as of 2026-01-01';
    expect(() => acc.merge(acc.empty(), other)).toThrow(new RangeError(message));
  });

  it('refuses to merge states of other anchors, on either side', () => {
    const acc = poolAccumulator({ asOf: ASOF });
    const fewer = { ...acc.empty(), align: acc.empty().align.slice(1) };
    const error = new RangeError('cannot merge figures with other anchors');
    expect(() => acc.merge(fewer, acc.empty())).toThrow(error);
    expect(() => acc.merge(acc.empty(), fewer)).toThrow(error);
    expect(acc.merge(acc.empty(), acc.empty()).align).toHaveLength(3);
  });

  it('finishes with the bases of the percentiles and the survival', () => {
    const acc = poolAccumulator({ asOf: ASOF });
    const s = acc.empty();
    generateCohort(60, 5, ASOF).forEach((j, i) => acc.addJourney(s, j, i));
    const { journeysWithEndedWait, journeysInSurvival } = s.waits;
    expect(journeysWithEndedWait).toBeGreaterThan(0);
    expect(journeysInSurvival).toBeGreaterThan(0);
    expect(acc.finish(s).bases).toEqual({ percentiles: journeysWithEndedWait, survival: journeysInSurvival });
  });
});

describe('finishCounts', () => {
  it('orders upcoming milestones by month, then by day', () => {
    const milestones: Tally = {};
    const add = (day: number, month: string, n: number) => {
      for (let i = 0; i < n; i++) bump(milestones, JSON.stringify([day, month]));
    };
    add(180, '2026-04', 1);
    add(90, '2026-04', 2);
    add(365, '2026-03', 3);
    expect(finishCounts({ cliffs: {}, milestones }).upcomingMilestones).toEqual([
      { day: 365, month: '2026-03', count: 3 },
      { day: 90, month: '2026-04', count: 2 },
      { day: 180, month: '2026-04', count: 1 },
    ]);
  });
});
