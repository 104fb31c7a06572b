/** `analyzeJourney` on the hand-analysed example journey of `tests/sectionTwoExample.ts`, parsed first. */
import { sectionTwoExample } from '../../tests/sectionTwoExample';
import { describe, expect, it } from 'vitest';
import { type Journey, applyScenario, parseJourney } from './index';
import { analyze, item } from './testing/analyzeBuilders';

describe('the example journey of journey-format.md section 2', () => {
  const example = sectionTwoExample();
  // Built inside each test, not while the tests are collected: StrykerJS counts what runs outside a
  // test as static and would run every test for each mutant of the parser.
  const parsed = () => parseJourney(JSON.stringify(example));
  const j = () => {
    const p = parsed();
    return p.ok ? p.journey : (example as unknown as Journey);
  };

  it('is a valid file without warnings', () => {
    expect(parsed()).toEqual({ ok: true, journey: example, warnings: [] });
  });

  it('analyses to the figures worked out by hand', () => {
    expect(analyze(j())).toEqual({
      // from: the earliest start (i1, 2022-10-03). to: the latest of asOf 2025-12-01 and every start and finite
      // end: i3's projected end 2026-02-02 (m1 is open-ended and adds only its start 2024-09-02).
      horizon: { from: '2022-10-03', to: '2026-02-02' },
      interventions: [
        // Both ended before asOf 2025-12-01; actual ends. i1 is sfi: its three years count from
        // max(F = 2022-10-03, 2026-01-01) = 2026-01-01, + 36 months - 1 day = 2028-12-31 (skollagen 20 kap.).
        {
          id: 'i1',
          status: 'ended',
          effectiveEnd: '2024-06-14',
          projected: false,
          exceedsMaximum: false,
          ruleLimit: '2028-12-31',
        },
        {
          id: 'i2',
          status: 'ended',
          effectiveEnd: '2024-08-30',
          projected: false,
          exceedsMaximum: false,
          ruleLimit: null,
        },
        // plannedEnd 2026-02-02 (step 2, projected). Starts 2025-02-03, outside 2020-05-01..2021-12-31: 24 months
        // in total, ruleLimit = 2025-02-03 + 24 months - 1 day = 2027-02-02.
        {
          id: 'i3',
          status: 'ongoing',
          effectiveEnd: '2026-02-02',
          projected: true,
          exceedsMaximum: false,
          ruleLimit: '2027-02-02',
        },
      ],
      gaps: [
        // Activities cover 2022-10-03..2024-08-30 (i1 and i2 overlap) and 2025-02-03..2026-02-02 (i3).
        // 2024-08-31..2025-02-02: Aug 1 + Sep 30 + Oct 31 + Nov 30 + Dec 31 + Jan 31 + Feb 2 = 156 days.
        // Working days: Sat 31 Aug 0; Sep 21; Oct 23; Nov 21 (alla helgons dag is Sat 2 Nov);
        // Dec 22 - julafton, juldagen, annandag jul, nyårsafton = 18; Jan 23 - nyårsdagen, trettondedag = 21;
        // 1-2 Feb is a weekend: 0. 21 + 23 + 21 + 18 + 21 = 104.
        {
          start: '2024-08-31',
          end: '2025-02-02',
          days: 156,
          workingDays: 104,
          before: ['i2'],
          after: ['i3'],
          open: false,
        },
      ],
      forstegWaits: [
        // i2 ends 2024-08-30; D = 2024-08-31 is covered by no activity and the gap starts on D.
        {
          forsteg: 'i2',
          start: '2024-08-31',
          end: '2025-02-02',
          days: 156,
          next: 'i3',
          open: false,
          noNextStep: false,
        },
      ],
      greyZones: [
        // Responsibility: kommun (i1) and samordningsforbund (i2) to 2024-08-30, af (m1) from 2024-09-02 on.
        // 2024-08-31..2024-09-01 is Saturday and Sunday: 2 days, 0 working days.
        {
          start: '2024-08-31',
          end: '2024-09-01',
          days: 2,
          workingDays: 0,
          fromActors: ['samordningsforbund'],
          toActors: ['af'],
          open: false,
          manual: false,
        },
      ],
      cliffs: [
        // Window: 2025-12-01..2025-12-01 + 90 days = 2026-03-01. i3 ends 2026-02-02, nothing covers 2026-02-03.
        // daysLeft: 30 (to 31 Dec) + 31 (January) + 2 = 63. headroom: 2026-02-02 + 12 months = 2027-02-02 <= limit.
        { intervention: 'i3', end: '2026-02-02', daysLeft: 63, headroomMonths: 12 },
      ],
      // No sjukpenning: no sickness periods.
      sicknessMilestones: [],
      totals: {
        gapDays: 156,
        forstegWaitDays: 156,
        greyZoneDays: 2,
        // i3: 2025-02-03..2026-02-02 = 365 days.
        employmentDays: 365,
        // The open-ended mandate is not an intervention: the latest finite end is i3's.
        supportedUntil: '2026-02-02',
      },
    });
  });

  it('applies its scenario s1: i3 ends 2026-08-02 and the cliff is gone', () => {
    const result = applyScenario(j(), 's1');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.journey.interventions[2].extensions).toEqual([{ months: 6 }]);
    const a = analyze(result.journey);
    // 2026-02-02 + 6 months = 2026-08-02, still within the limit 2027-02-02.
    expect(item(a, 'i3')).toMatchObject({ effectiveEnd: '2026-08-02', projected: true, exceedsMaximum: false });
    expect(a.horizon).toEqual({ from: '2022-10-03', to: '2026-08-02' });
    // 2026-08-02 is after 2026-03-01: no cliff inside the window any more.
    expect(a.cliffs).toEqual([]);
    // 365 + 2026-02-03..2026-08-02 (26 + 31 + 30 + 31 + 30 + 31 + 2 = 181) = 546.
    expect(a.totals).toEqual({
      gapDays: 156,
      forstegWaitDays: 156,
      greyZoneDays: 2,
      employmentDays: 546,
      supportedUntil: '2026-08-02',
    });
  });
});
