/** Cliffs and upcoming sickness milestones across a cohort, in one order (section 7). */
import { describe, expect, it } from 'vitest';
import { ASOF, journey } from './fixtures';
import { analyzeCohort } from './figures';

// Cliffs within 90 days of 2025-12-31 with nothing after; sickness reaching day 180 within 90 days.
// c1: a praktik planned 2026-02-05..02-28 and an introduktionsjobb to 01-31 (nothing on 02-01): two cliffs.
// c2: komvux and a praktik both end 01-31: two cliffs on one day, in file order.
const c1 = journey('c1', [
  { kind: 'arbetspraktik', start: '2026-02-05', end: '2026-02-28' },
  { kind: 'introduktionsjobb', start: '2025-02-03', plannedEnd: '2026-01-31' },
]);
const c2 = journey('c2', [
  { kind: 'komvux', start: '2025-10-01', end: '2026-01-31' },
  { kind: 'arbetspraktik', start: '2025-10-01', end: '2026-01-31' },
]);
// Sick since 2025-09-01, planned to 2026-06-30: day 90 is 09-01 + 89 = 11-29 (before asOf), day 180 is
// 09-01 + 179 = 2026-02-27 (upcoming), day 365 is 2026-08-31 (planned end 06-30 comes first: never reached).
// s1 is employed when the sickness begins (the steps of SFB 27 kap. 46-48 §§ apply); s2 is not, so its
// day 180 (the same date) is listed in its analysis but is never upcoming.
const s1 = journey('s1', [
  { kind: 'anstallning', actor: 'arbetsgivare', start: '2020-01-01' },
  { kind: 'sjukpenning', start: '2025-09-01', plannedEnd: '2026-06-30' },
]);
const s2 = journey('s2', [{ kind: 'sjukpenning', start: '2025-09-01', plannedEnd: '2026-06-30' }]);
const closed = journey(
  'x',
  [
    { kind: 'anstallning', actor: 'arbetsgivare', start: '2020-01-01' },
    { kind: 'sjukpenning', start: '2025-09-01', plannedEnd: '2026-06-30' },
  ],
  {
    closed: { date: '2025-12-31', reason: 'Flyttat' },
  },
);

describe('cliffs and upcoming milestones', () => {
  it('orders cliffs by end, then journey order, then their order in the analysis, with kind and ref', () => {
    const { cliffs } = analyzeCohort([c1, c2], { asOf: ASOF });
    const row = (
      journey: string,
      intervention: string,
      kind: string,
      end: string,
      daysLeft: number,
      headroomMonths: number | null,
    ) => ({
      journey,
      ref: `P-${journey}`,
      intervention,
      kind,
      end,
      daysLeft,
      headroomMonths,
    });
    expect(cliffs).toEqual([
      // Three end on 01-31: c1's first (journey order), then c2's two in their analysis order.
      // Headroom: limit 2025-02-03 + 24 months - 1 day = 2027-02-02; 2026-01-31 + 12 months fits, + 13 does not.
      row('c1', 'i2', 'introduktionsjobb', '2026-01-31', 31, 12),
      row('c2', 'i1', 'komvux', '2026-01-31', 31, null),
      row('c2', 'i2', 'arbetspraktik', '2026-01-31', 31, null),
      row('c1', 'i1', 'arbetspraktik', '2026-02-28', 59, null),
    ]);
    // In the other journey order, the tie goes the other way.
    expect(analyzeCohort([c2, c1], { asOf: ASOF }).cliffs.map((c) => c.journey)).toEqual(['c2', 'c2', 'c1', 'c1']);
  });

  it('lists only upcoming milestones: none of a closed journey, none of a period without employment', () => {
    const { upcomingMilestones } = analyzeCohort([closed, s2, s1, c2], { asOf: ASOF });
    expect(upcomingMilestones).toEqual([{ journey: 's1', ref: 'P-s1', day: 180, date: '2026-02-27' }]);
  });
});
