/**
 * `analyzeJourney`, one definition of journey-format.md sections 3 and 4 at a time. Every journey here goes
 * through `parseJourney` first, so the analysis is only ever asked about valid files.
 */
import { sectionTwoExample } from '../../tests/sectionTwoExample';
import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  type AnalysisOptions,
  type Journey,
  analyzeJourney,
  applyScenario,
  parseJourney,
} from './index';

type Loose = Record<string, unknown>;

function journey(interventions: Loose[], more: Loose = {}): Journey {
  const data = { format: 'journey', version: 1, id: 'j', participant: { ref: 'P-1' }, interventions, ...more };
  const parsed = parseJourney(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });
const mandate = (id: string, actor: string, start: string, end?: string): Loose =>
  end === undefined ? { id, actor, start } : { id, actor, start, end };
const greyzone = (id: string, start: string, end: string): Loose => ({ id, type: 'greyzone', start, end });

const analyze = (j: Journey, options?: AnalysisOptions) => analyzeJourney(j, options);
const item = (a: Analysis, id: string) => {
  const found = a.interventions.find((i) => i.id === id);
  if (!found) throw new Error(`no intervention ${id}`);
  return found;
};
const noFindings = (a: Analysis) => ({ gaps: a.gaps, waits: a.forstegWaits, zones: a.greyZones, cliffs: a.cliffs });

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

describe('horizon', () => {
  it('runs from the earliest start to the latest end when that is after asOf', () => {
    const j = journey(
      [iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' }), iv('b', 'komvux', '2025-08-18', { end: '2025-12-19' })],
      { asOf: '2025-10-01' },
    );
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2025-12-19' });
  });

  it('ends on asOf when asOf is later than every start and end', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' })], { asOf: '2026-01-15' });
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2026-01-15' });
  });

  it('counts projected ends and planned starts of open-ended interventions', () => {
    const j = journey(
      [
        iv('a', 'arbetspraktik', '2025-03-03'), // projected: 2025-03-03 + 6 months - 1 day = 2025-09-02
        iv('b', 'sfi', '2025-12-01'), // open-ended, planned: only its start counts
      ],
      { asOf: '2025-06-01' },
    );
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2025-12-01' });
  });

  it('starts on a mandate that starts before every intervention', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' })], {
      asOf: '2025-10-01',
      mandates: [mandate('m', 'af', '2025-01-02', '2025-04-30')],
    });
    expect(analyze(j).horizon).toEqual({ from: '2025-01-02', to: '2025-10-01' });
  });

  it('ends on a mandate end that is later than asOf and every intervention', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' })], {
      asOf: '2025-10-01',
      mandates: [mandate('m', 'af', '2025-05-01', '2026-03-31')],
    });
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2026-03-31' });
  });

  it('does not stretch to infinity for an open-ended mandate', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' })], {
      asOf: '2025-10-01',
      mandates: [mandate('m', 'af', '2025-05-01')],
    });
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2025-10-01' });
  });

  it('ends on closed.date in a closed journey, even when ends and asOf are later', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' })], {
      asOf: '2025-10-01',
      closed: { date: '2025-05-30', reason: 'arbete' },
      mandates: [mandate('m', 'af', '2025-03-03', '2025-12-31')],
    });
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2025-05-30' });
  });

  it('ends on closed.date in a closed journey, even when it is after asOf and every end', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' })], {
      asOf: '2025-10-01',
      closed: { date: '2026-01-31', reason: 'flytt' },
    });
    const a = analyze(j);
    expect(a.horizon).toEqual({ from: '2025-03-03', to: '2026-01-31' });
    expect(a.gaps).toEqual([
      // 2025-06-14..2026-01-31: 17 + 31 + 31 + 30 + 31 + 30 + 31 + 31 = 232 days; it runs to the end: open.
      expect.objectContaining({ start: '2025-06-14', end: '2026-01-31', days: 232, open: true }),
    ]);
  });

  it('leaves out cancelled interventions', () => {
    const j = journey(
      [
        iv('old', 'komvux', '2024-01-08', { end: '2026-06-30', cancelled: true }),
        iv('a', 'komvux', '2025-03-03', { end: '2025-06-13' }),
      ],
      { asOf: '2025-10-01' },
    );
    expect(analyze(j).horizon).toEqual({ from: '2025-03-03', to: '2025-10-01' });
  });

  it('is null with no findings when there are no interventions and no mandates', () => {
    const j = journey([], { asOf: '2025-10-01', annotations: [greyzone('g', '2025-01-01', '2025-02-01')] });
    expect(analyze(j)).toEqual({
      horizon: null,
      interventions: [],
      gaps: [],
      forstegWaits: [],
      greyZones: [],
      cliffs: [],
      sicknessMilestones: [],
      totals: { gapDays: 0, forstegWaitDays: 0, greyZoneDays: 0, employmentDays: 0, supportedUntil: null },
    });
  });

  it('is null with no findings when every intervention is cancelled; they are still listed', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2025-03-03', { cancelled: true })], { asOf: '2025-10-01' });
    const a = analyze(j);
    expect(a.horizon).toBeNull();
    expect(noFindings(a)).toEqual({ gaps: [], waits: [], zones: [], cliffs: [] });
    expect(a.totals).toEqual({
      gapDays: 0,
      forstegWaitDays: 0,
      greyZoneDays: 0,
      employmentDays: 0,
      supportedUntil: null,
    });
    expect(a.interventions).toEqual([
      // 2025-03-03 + 12 months - 1 day; the limit 24 months.
      {
        id: 'a',
        status: 'cancelled',
        effectiveEnd: '2026-03-02',
        projected: true,
        exceedsMaximum: false,
        ruleLimit: '2027-03-02',
      },
    ]);
  });

  it('is null with no findings when `to` (closed.date) is before `from`', () => {
    const j = journey(
      [iv('f', 'forsteg', '2025-03-03', { end: '2025-04-30' }), iv('b', 'introduktionsjobb', '2025-06-02')],
      { asOf: '2025-10-01', closed: { date: '2025-01-31', reason: 'flytt' } },
    );
    const a = analyze(j);
    expect(a.horizon).toBeNull();
    expect(noFindings(a)).toEqual({ gaps: [], waits: [], zones: [], cliffs: [] });
    expect(a.totals).toMatchObject({ gapDays: 0, forstegWaitDays: 0, greyZoneDays: 0, employmentDays: 0 });
    expect(a.interventions.map((i) => i.id)).toEqual(['f', 'b']);
  });

  it('is a single day when the only intervention starts and ends on asOf', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { end: '2025-03-03' })], { asOf: '2025-03-03' });
    const a = analyze(j);
    expect(a.horizon).toEqual({ from: '2025-03-03', to: '2025-03-03' });
    expect(a.gaps).toEqual([]);
  });
});

describe('effective end (section 3)', () => {
  const asOf = '2025-06-01';

  it('step 1: `end` wins over plannedEnd and extensions and is not projected', () => {
    const j = journey(
      [
        iv('a', 'arbetspraktik', '2025-03-03', {
          end: '2025-04-30',
          plannedEnd: '2025-08-31',
          extensions: [{ months: 3 }],
        }),
      ],
      { asOf },
    );
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-04-30', projected: false });
  });

  it('step 2: plannedEnd is the end, projected', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { plannedEnd: '2025-12-19' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-12-19', projected: true });
  });

  it('step 2: plannedEnd wins over the kind’s months per decision', () => {
    const j = journey([iv('a', 'arbetspraktik', '2025-03-03', { plannedEnd: '2025-04-30' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-04-30', projected: true });
  });

  it('step 2: extensions are added one after another, each clamped to the month end', () => {
    // 2025-08-31 + 6 months = 2026-02-28 (clamped); + 1 month = 2026-03-28.
    // (Adding 7 months at once would give 2026-03-31.)
    const j = journey(
      [iv('a', 'komvux', '2025-03-03', { plannedEnd: '2025-08-31', extensions: [{ months: 6 }, { months: 1 }] })],
      {
        asOf,
      },
    );
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2026-03-28', projected: true });
  });

  it('step 3: the kind’s months per decision: start + N months - 1 day, projected', () => {
    // arbetspraktik: 6 months per decision. 2025-03-10 + 6 months - 1 day = 2025-09-09.
    const j = journey([iv('a', 'arbetspraktik', '2025-03-10')], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-09-09', projected: true });
  });

  it('step 3: clamps the decision end at month ends (2025-08-31 + 6 months - 1 day = 2026-02-27)', () => {
    const j = journey([iv('a', 'arbetspraktik', '2025-08-31')], { asOf: '2025-09-01' });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2026-02-27', projected: true });
  });

  it('step 3: plus the extensions', () => {
    // introduktionsjobb: 12 months per decision. 2025-02-03 + 12 months - 1 day = 2026-02-02; + 6 = 2026-08-02.
    const j = journey([iv('a', 'introduktionsjobb', '2025-02-03', { extensions: [{ months: 6 }] })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2026-08-02', projected: true });
  });

  it('step 3: uses a custom kind’s maxMonthsPerDecision', () => {
    // 2025-01-31 + 2 months = 2025-03-31, - 1 day = 2025-03-30.
    const j = journey([iv('a', 'lokal', '2025-01-31')], {
      asOf,
      kinds: [
        { id: 'lokal', label: 'Lokal praktik', category: 'praktik', defaultActor: 'kommun', maxMonthsPerDecision: 2 },
      ],
    });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-03-30', projected: true });
  });

  it('step 4: open-ended without end, plannedEnd or months per decision: null, not projected', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03')], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: null, projected: false });
  });

  it('step 4: extensions alone do not give an end', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { extensions: [{ months: 6 }] })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: null, projected: false });
  });

  it('step 4: an open-ended intervention covers every day from its start', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03')], { asOf: '2027-01-01' });
    const a = analyze(j);
    expect(a.horizon).toEqual({ from: '2025-03-03', to: '2027-01-01' });
    expect(a.gaps).toEqual([]);
    expect(a.greyZones).toEqual([]);
    expect(a.totals.supportedUntil).toBeNull();
  });
});

describe('ruleLimit and exceedsMaximum (section 3)', () => {
  const asOf = '2025-06-01';

  it('ruleLimit is start + maxTotalMonths - 1 day (introduktionsjobb: 24 months)', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2025-02-03')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2027-02-02');
  });

  it('introduktionsjobb starting 2020-05-01 has 36 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2020-05-01')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2023-04-30');
  });

  it('introduktionsjobb starting 2021-12-31 still has 36 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2021-12-31')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2024-12-30');
  });

  it('introduktionsjobb starting 2020-04-30 has 24 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2020-04-30')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2022-04-29');
  });

  it('introduktionsjobb starting 2022-01-01 has 24 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2022-01-01')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2023-12-31');
  });

  it('nystartsjobb has 12 months in total when the participant is 20 to 24 at start', () => {
    const j = journey(
      [
        iv('at20', 'nystartsjobb', '2021-03-01'), // 2021 - 2001 = 20
        iv('at24', 'nystartsjobb', '2025-03-01'), // 2025 - 2001 = 24
      ],
      { asOf, participant: { ref: 'P-1', birthYear: 2001 } },
    );
    const a = analyze(j);
    expect(item(a, 'at20').ruleLimit).toBe('2022-02-28');
    expect(item(a, 'at24').ruleLimit).toBe('2026-02-28');
  });

  it('nystartsjobb has 24 months in total at 19 and at 25', () => {
    const j = journey(
      [
        iv('at19', 'nystartsjobb', '2020-03-01'), // 2020 - 2001 = 19
        iv('at25', 'nystartsjobb', '2026-03-01'), // 2026 - 2001 = 25
      ],
      { asOf, participant: { ref: 'P-1', birthYear: 2001 } },
    );
    const a = analyze(j);
    expect(item(a, 'at19').ruleLimit).toBe('2022-02-28');
    expect(item(a, 'at25').ruleLimit).toBe('2028-02-29');
  });

  it('nystartsjobb counts age as start year - birthYear, whatever the birthday', () => {
    // Someone born in December 2000 is 19 on 2020-01-01, but 2020 - 2000 = 20: 12 months.
    const j = journey([iv('a', 'nystartsjobb', '2020-01-01')], { asOf, participant: { ref: 'P-1', birthYear: 2000 } });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2020-12-31');
  });

  it('nystartsjobb has 24 months in total without a birthYear', () => {
    const j = journey([iv('a', 'nystartsjobb', '2025-03-01')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2027-02-28');
  });

  it('a kind without a total maximum has ruleLimit null and never exceeds it', () => {
    const j = journey([iv('a', 'arbetspraktik', '2020-01-01', { end: '2025-01-01' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ ruleLimit: null, exceedsMaximum: false });
  });

  it('a custom kind’s maxTotalMonths gives the limit', () => {
    const j = journey([iv('a', 'lokal', '2025-01-31', { plannedEnd: '2025-08-01' })], {
      asOf,
      kinds: [{ id: 'lokal', label: 'Lokal', category: 'praktik', defaultActor: 'kommun', maxTotalMonths: 6 }],
    });
    // 2025-01-31 + 6 months = 2025-07-31, - 1 day = 2025-07-30; 2025-08-01 is after it.
    expect(item(analyze(j), 'a')).toMatchObject({ ruleLimit: '2025-07-30', exceedsMaximum: true });
  });

  it('exceeds the maximum when the projected end is after ruleLimit', () => {
    // 2026-02-02 + 12 months = 2027-02-02, + 1 month = 2027-03-02 > 2027-02-02.
    const j = journey(
      [
        iv('a', 'introduktionsjobb', '2025-02-03', {
          plannedEnd: '2026-02-02',
          extensions: [{ months: 12 }, { months: 1 }],
        }),
      ],
      { asOf },
    );
    expect(item(analyze(j), 'a')).toMatchObject({
      effectiveEnd: '2027-03-02',
      ruleLimit: '2027-02-02',
      exceedsMaximum: true,
    });
  });

  it('does not exceed the maximum when the end is exactly ruleLimit', () => {
    const j = journey(
      [iv('a', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02', extensions: [{ months: 12 }] })],
      { asOf },
    );
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2027-02-02', exceedsMaximum: false });
  });

  it('exceeds the maximum with an actual end after ruleLimit', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2022-01-10', { end: '2024-03-01' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ ruleLimit: '2024-01-09', projected: false, exceedsMaximum: true });
  });

  it('a cancelled intervention never exceeds the maximum but still has its ruleLimit', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2022-01-10', { end: '2025-03-01', cancelled: true })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({
      status: 'cancelled',
      ruleLimit: '2024-01-09',
      exceedsMaximum: false,
    });
  });
});

describe('status on asOf', () => {
  const j = () =>
    journey(
      [
        iv('planned', 'komvux', '2025-06-02', { end: '2025-06-30' }),
        iv('startsToday', 'komvux', '2025-06-01', { end: '2025-06-30' }),
        iv('endsToday', 'komvux', '2025-01-07', { end: '2025-06-01' }),
        iv('endedYesterday', 'komvux', '2025-01-07', { end: '2025-05-31' }),
        iv('projectedEnded', 'arbetspraktik', '2024-09-02'),
        iv('openEnded', 'sfi', '2020-01-07'),
        iv('cancelled', 'komvux', '2025-07-01', { cancelled: true }),
        iv('cancelledOngoing', 'komvux', '2025-01-07', { end: '2025-12-19', cancelled: true }),
      ],
      { asOf: '2025-06-01' },
    );
  const statuses = (a: Analysis) => Object.fromEntries(a.interventions.map((i) => [i.id, i.status]));

  it('is planned when start is after asOf', () => {
    expect(statuses(analyze(j())).planned).toBe('planned');
  });

  it('is ongoing from the start day to the end day inclusive', () => {
    expect(statuses(analyze(j())).startsToday).toBe('ongoing');
    expect(statuses(analyze(j())).endsToday).toBe('ongoing');
  });

  it('is ended when the effective end (projected too) is before asOf', () => {
    // arbetspraktik from 2024-09-02: 6 months, ends 2025-03-01.
    expect(statuses(analyze(j())).endedYesterday).toBe('ended');
    expect(statuses(analyze(j())).projectedEnded).toBe('ended');
  });

  it('is ongoing for an open-ended intervention that has started', () => {
    expect(statuses(analyze(j())).openEnded).toBe('ongoing');
  });

  it('is cancelled for a cancelled intervention, whatever its dates', () => {
    expect(statuses(analyze(j())).cancelled).toBe('cancelled');
    expect(statuses(analyze(j())).cancelledOngoing).toBe('cancelled');
  });

  it('uses options.asOf over the file’s asOf', () => {
    const s = statuses(analyze(j(), { asOf: '2025-06-02' }));
    expect(s).toMatchObject({ planned: 'ongoing', startsToday: 'ongoing', endsToday: 'ended' });
  });

  it('lists every intervention in file order, cancelled ones included', () => {
    expect(analyze(j()).interventions.map((i) => i.id)).toEqual([
      'planned',
      'startsToday',
      'endsToday',
      'endedYesterday',
      'projectedEnded',
      'openEnded',
      'cancelled',
      'cancelledOngoing',
    ]);
  });
});

describe('gaps', () => {
  // a: Tue 2025-01-07..Fri 2025-03-14, b: Mon 2025-03-24..Fri 2025-05-30, asOf Mon 2025-06-30.
  const base = [
    iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
    iv('b', 'sfi', '2025-03-24', { end: '2025-05-30' }),
  ];
  const j = () => journey(base, { asOf: '2025-06-30' });

  it('finds the run of days between two activities, with its edges', () => {
    // 2025-03-15..2025-03-23: 9 days; Mon 17..Fri 21 are the only working days.
    expect(analyze(j()).gaps[0]).toEqual({
      start: '2025-03-15',
      end: '2025-03-23',
      days: 9,
      workingDays: 5,
      before: ['a'],
      after: ['b'],
      open: false,
    });
  });

  it('marks the gap that runs to the end of the horizon as open, with no after ids', () => {
    // 2025-05-31..2025-06-30: 31 days. June has 21 weekdays (2-6, 9-13, 16-20, 23-27, 30); nationaldagen
    // (Fri 6 June) and midsommarafton (Fri 20 June) are not working days: 19.
    expect(analyze(j()).gaps[1]).toEqual({
      start: '2025-05-31',
      end: '2025-06-30',
      days: 31,
      workingDays: 19,
      before: ['b'],
      after: [],
      open: true,
    });
    expect(analyze(j()).totals.gapDays).toBe(40);
  });

  it('finds none between touching activities (end + 1 = next start)', () => {
    const t = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }), iv('b', 'sfi', '2025-03-15', { end: '2025-06-30' })],
      { asOf: '2025-06-30' },
    );
    expect(analyze(t).gaps).toEqual([]);
  });

  it('finds none between overlapping activities', () => {
    const t = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-04-30' }), iv('b', 'sfi', '2025-03-15', { end: '2025-06-30' })],
      { asOf: '2025-06-30' },
    );
    expect(analyze(t).gaps).toEqual([]);
  });

  it('finds a gap at the start of the horizon (a mandate starts first) with no before ids', () => {
    const t = journey(base, { asOf: '2025-05-30', mandates: [mandate('m', 'af', '2025-01-01')] });
    // 2025-01-01..2025-01-06: nyårsdagen (Wed), Thu 2, Fri 3, weekend, trettondedag jul (Mon): 6 days, 2 working.
    expect(analyze(t).gaps[0]).toEqual({
      start: '2025-01-01',
      end: '2025-01-06',
      days: 6,
      workingDays: 2,
      before: [],
      after: ['a'],
      open: false,
    });
  });

  it('lists every activity ending before and starting after it, in file order', () => {
    const t = journey(
      [
        iv('z', 'komvux', '2025-01-07', { end: '2025-03-14' }),
        iv('x', 'arbetspraktik', '2025-03-24', { end: '2025-05-30' }),
        iv('y', 'sfi', '2025-02-01', { end: '2025-03-14' }),
        iv('w', 'komvux', '2025-03-24', { end: '2025-04-30' }),
        iv('v', 'komvux', '2025-03-25', { end: '2025-05-30' }),
      ],
      { asOf: '2025-05-30' },
    );
    expect(analyze(t).gaps).toEqual([expect.objectContaining({ before: ['z', 'y'], after: ['x', 'w'] })]);
  });

  it('drops gaps of ignoreGapsUpToDays days or fewer', () => {
    expect(analyze(j(), { ignoreGapsUpToDays: 9 }).gaps.map((g) => g.start)).toEqual(['2025-05-31']);
    expect(analyze(j(), { ignoreGapsUpToDays: 9 }).totals.gapDays).toBe(31);
    expect(analyze(j(), { ignoreGapsUpToDays: 8 }).gaps.map((g) => g.start)).toEqual(['2025-03-15', '2025-05-31']);
  });

  it('never drops the open gap of a journey that is not closed: it is not known to be short', () => {
    // The 31-day gap 2025-05-31..2025-06-30 runs to the end of the horizon (section 4).
    expect(analyze(j(), { ignoreGapsUpToDays: 31 }).gaps.map((g) => [g.start, g.open])).toEqual([['2025-05-31', true]]);
    expect(analyze(j(), { ignoreGapsUpToDays: 31 }).greyZones.map((z) => [z.start, z.open])).toEqual([
      ['2025-05-31', true],
    ]);
    // Closed on 2025-06-30, the same run has ended: 31 days or fewer are dropped.
    const closed = journey(base, { asOf: '2025-06-30', closed: { date: '2025-06-30', reason: 'arbete' } });
    expect(analyze(closed, { ignoreGapsUpToDays: 31 }).gaps).toEqual([]);
    expect(analyze(closed, { ignoreGapsUpToDays: 31 }).greyZones).toEqual([]);
    expect(analyze(closed, { ignoreGapsUpToDays: 30 }).gaps.map((g) => g.start)).toEqual(['2025-05-31']);
  });

  it('does not count programmes and benefits as activities', () => {
    const t = journey(
      [
        iv('p', 'etableringsprogrammet', '2025-01-01', { end: '2025-06-30' }),
        ...base,
        iv('s', 'sjukpenning', '2025-03-10', { end: '2025-03-31' }),
        iv('e', 'ekonomiskt-bistand', '2025-05-01', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(t).gaps.map((g) => [g.start, g.end])).toEqual([
      ['2025-01-01', '2025-01-06'],
      ['2025-03-15', '2025-03-23'],
      ['2025-05-31', '2025-06-30'],
    ]);
  });

  it('follows a custom kind’s `activity`: true makes a programme an activity, false an education not', () => {
    const t = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
        iv('filler', 'aktivt-program', '2025-03-15', { end: '2025-03-23' }),
        iv('b', 'sfi', '2025-03-24', { end: '2025-05-30' }),
        iv('idle', 'passiv-utbildning', '2025-05-31', { end: '2025-06-30' }),
      ],
      {
        asOf: '2025-06-30',
        kinds: [
          { id: 'aktivt-program', label: 'Aktivt program', category: 'program', defaultActor: 'af', activity: true },
          { id: 'passiv-utbildning', label: 'Passiv', category: 'utbildning', defaultActor: 'kommun', activity: false },
        ],
      },
    );
    expect(analyze(t).gaps).toEqual([
      expect.objectContaining({ start: '2025-05-31', end: '2025-06-30', before: ['b'] }),
    ]);
  });

  it('counts 29 February in a gap that spans it', () => {
    // 2024-02-27..2024-03-03: Tue 27, Wed 28, Thu 29, Fri 1, Sat 2, Sun 3 = 6 days, 4 working days.
    const leap = journey(
      [iv('a', 'komvux', '2024-01-08', { end: '2024-02-26' }), iv('b', 'komvux', '2024-03-04', { end: '2024-03-29' })],
      { asOf: '2024-03-29' },
    );
    expect(analyze(leap).gaps).toEqual([
      { start: '2024-02-27', end: '2024-03-03', days: 6, workingDays: 4, before: ['a'], after: ['b'], open: false },
    ]);
    // The same dates a year later: Thu 27, Fri 28, Sat 1, Sun 2, Mon 3 = 5 days, 3 working days.
    const common = journey(
      [iv('a', 'komvux', '2025-01-08', { end: '2025-02-26' }), iv('b', 'komvux', '2025-03-04', { end: '2025-03-28' })],
      { asOf: '2025-03-28' },
    );
    expect(analyze(common).gaps).toEqual([
      { start: '2025-02-27', end: '2025-03-03', days: 5, workingDays: 3, before: ['a'], after: ['b'], open: false },
    ]);
  });
});

describe('waiting after försteg', () => {
  it('is 0 days when another activity covers the day after F; next is the one that started first', () => {
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
        iv('x', 'sfi', '2025-03-03', { end: '2025-05-30' }),
        iv('y', 'komvux', '2025-02-03', { end: '2025-04-30' }),
      ],
      { asOf: '2025-05-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: 'y', open: false, noNextStep: false },
    ]);
  });

  it('breaks a tie between covering activities by file order', () => {
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
        iv('b', 'komvux', '2025-03-10', { end: '2025-05-30' }),
        iv('a', 'sfi', '2025-03-10', { end: '2025-06-30' }),
      ],
      { asOf: '2025-05-30' },
    );
    expect(analyze(j).forstegWaits[0].next).toBe('b');
  });

  it('is the gap that starts the day after F, with its days and its first after id', () => {
    // F ends Mon 2025-03-31; the gap is 2025-04-01..2025-04-13 (13 days); q and p start on 2025-04-14.
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
        iv('q', 'komvux', '2025-04-14', { end: '2025-06-13' }),
        iv('p', 'sfi', '2025-04-14', { end: '2025-06-13' }),
      ],
      { asOf: '2025-06-13' },
    );
    const a = analyze(j);
    expect(a.forstegWaits).toEqual([
      { forsteg: 'f', start: '2025-04-01', end: '2025-04-13', days: 13, next: 'q', open: false, noNextStep: false },
    ]);
    expect(a.totals.forstegWaitDays).toBe(13);
  });

  it('does not count a programme covering the day after F as a next step', () => {
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
        iv('p', 'jobb-och-utvecklingsgarantin', '2025-03-01', { end: '2025-12-31' }),
        iv('n', 'komvux', '2025-04-14', { end: '2025-06-13' }),
      ],
      { asOf: '2025-06-13' },
    );
    expect(analyze(j).forstegWaits[0]).toMatchObject({ days: 13, next: 'n', start: '2025-04-01' });
  });

  it('is an open wait without next when the gap after F runs to the end of the horizon', () => {
    // 2025-04-01..2025-06-30: 30 + 31 + 30 = 91 days.
    const j = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' })], { asOf: '2025-06-30' });
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: '2025-04-01', end: '2025-06-30', days: 91, next: null, open: true, noNextStep: false },
    ]);
  });

  it('is "no next step planned" when F ends on the last day of the horizon', () => {
    // F's end 2025-06-30 is after asOf 2025-05-15, so it is `to`, and D = 2025-07-01 is after the horizon.
    const j = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-06-30' })], { asOf: '2025-05-15' });
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: null, open: true, noNextStep: true },
    ]);
  });

  it('is "no next step planned" for a projected end too (kartläggning, 3 months)', () => {
    // 2025-04-01 + 3 months - 1 day = 2025-06-30.
    const j = journey([iv('k', 'kartlaggning', '2025-04-01')], { asOf: '2025-05-15' });
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'k', start: null, end: null, days: 0, next: null, open: true, noNextStep: true },
    ]);
  });

  it('is neither open nor "no next step" when F reaches the end of a closed journey', () => {
    const j = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-06-30' })], {
      asOf: '2025-08-01',
      closed: { date: '2025-06-30', reason: 'arbete' },
    });
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: null, open: false, noNextStep: false },
    ]);
  });

  it('is neither open nor "no next step" when a closed journey ends before F does', () => {
    const j = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-06-30' })], {
      closed: { date: '2025-05-31', reason: 'flytt' },
    });
    expect(analyze(j).forstegWaits[0]).toMatchObject({ days: 0, next: null, open: false, noNextStep: false });
  });

  it('takes the gap’s `open` in a closed journey when the gap after F runs to closed.date', () => {
    // Section 4 gives the wait its gap's `open`; the gap runs to the end of the horizon (closed.date).
    const j = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' })], {
      asOf: '2025-08-01',
      closed: { date: '2025-04-30', reason: 'flytt' },
    });
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: '2025-04-01', end: '2025-04-30', days: 30, next: null, open: true, noNextStep: false },
    ]);
  });

  it('is 0 days with the next activity when the gap after F was dropped as short', () => {
    // The gap 2025-04-01..2025-04-02 (2 days) is dropped; q and p both start 2025-04-03, later is later.
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
        iv('later', 'komvux', '2025-05-05', { end: '2025-06-13' }),
        iv('q', 'komvux', '2025-04-03', { end: '2025-04-30' }),
        iv('p', 'sfi', '2025-04-03', { end: '2025-05-04' }),
      ],
      { asOf: '2025-06-13' },
    );
    expect(analyze(j, { ignoreGapsUpToDays: 2 }).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: 'q', open: false, noNextStep: false },
    ]);
    expect(analyze(j, { ignoreGapsUpToDays: 1 }).forstegWaits[0]).toMatchObject({ days: 2, next: 'q' });
  });

  it('takes the 1-day open gap on the last day of the horizon as the wait when the journey is not closed', () => {
    // F ends 2025-06-29; D = 2025-06-30 = asOf = `to`. The gap 2025-06-30 (1 day) is open, so it is
    // not known to be short and is not dropped (section 4): the wait is that gap, not "no next step".
    const j = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-06-29' })], { asOf: '2025-06-30' });
    expect(analyze(j, { ignoreGapsUpToDays: 1 }).forstegWaits).toEqual([
      { forsteg: 'f', start: '2025-06-30', end: '2025-06-30', days: 1, next: null, open: true, noNextStep: false },
    ]);
  });

  it('is 0 days with the next activity when the day after F is the horizon’s last and its 1-day gap was dropped', () => {
    // Closed 2025-06-30, F ends 2025-06-29: D = 2025-06-30 = `to`, not after it. The 1-day gap on D has
    // ended with the journey and is dropped as short (ignoreGapsUpToDays 1), so the fourth case holds:
    // days 0, next = the activity that starts first after F's end (k, planned after the closing), and
    // neither open nor "no next step planned".
    const j = journey(
      [iv('f', 'forsteg', '2025-01-13', { end: '2025-06-29' }), iv('k', 'komvux', '2025-08-18', { end: '2025-12-19' })],
      { asOf: '2025-06-30', closed: { date: '2025-06-30', reason: 'flytt' } },
    );
    expect(analyze(j, { ignoreGapsUpToDays: 1 }).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: 'k', open: false, noNextStep: false },
    ]);
  });

  it('is not "no next step planned" when F is not an activity and the day after it is the horizon’s last', () => {
    // a ends 2025-01-31; the gap 2025-02-01..2025-06-30 runs through F (a programme marked preparatory) to
    // asOf = `to`. D = 2025-06-30 is inside the horizon and inside that gap, not its start: days 0, next null.
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-01-31' }),
        iv('f', 'jobb-och-utvecklingsgarantin', '2025-02-01', { end: '2025-06-29', preparatory: true }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: null, open: false, noNextStep: false },
    ]);
  });

  it('is 0 days with the next activity when F is not an activity and the gap began before it ended', () => {
    // a ends 2025-01-31; the gap runs 2025-02-01..2025-05-04 through F (a programme marked preparatory).
    // D = 2025-04-01 is inside the gap, not its start.
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-01-31' }),
        iv('f', 'jobb-och-utvecklingsgarantin', '2025-02-01', { end: '2025-03-31', preparatory: true }),
        iv('n', 'sfi', '2025-05-05', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: 'n', open: false, noNextStep: false },
    ]);
  });

  it('is 0 days with next null when F is not an activity, the gap began before it and nothing follows', () => {
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-01-31' }),
        iv('f', 'jobb-och-utvecklingsgarantin', '2025-02-01', { end: '2025-03-31', preparatory: true }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: null, open: false, noNextStep: false },
    ]);
  });

  it('counts every kind of category forsteg as preparatory, custom ones too', () => {
    const j = journey(
      [
        iv('k', 'kartlaggning', '2025-01-07', { end: '2025-02-28' }),
        iv('i', 'introduktion-till-arbete', '2025-01-07', { end: '2025-02-28' }),
        iv('c', 'lugn-uppstart', '2025-01-07', { end: '2025-02-28' }),
        iv('n', 'komvux', '2025-03-03', { end: '2025-06-30' }),
      ],
      {
        asOf: '2025-06-30',
        kinds: [
          { id: 'lugn-uppstart', label: 'Lugn uppstart', category: 'forsteg', defaultActor: 'samordningsforbund' },
        ],
      },
    );
    // 2025-03-01..2025-03-02 is the gap after all three.
    expect(analyze(j).forstegWaits.map((w) => [w.forsteg, w.days, w.next])).toEqual([
      ['k', 2, 'n'],
      ['i', 2, 'n'],
      ['c', 2, 'n'],
    ]);
  });

  it('`preparatory: true` makes any intervention a försteg', () => {
    const j = journey(
      [
        iv('p', 'arbetspraktik', '2025-01-07', { end: '2025-02-28', preparatory: true }),
        iv('n', 'komvux', '2025-03-03', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'p', start: '2025-03-01', end: '2025-03-02', days: 2, next: 'n', open: false, noNextStep: false },
    ]);
  });

  it('`preparatory: false` makes a försteg kind an ordinary intervention', () => {
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-07', { end: '2025-02-28', preparatory: false }),
        iv('n', 'komvux', '2025-03-03', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([]);
  });

  it('has no wait for an open-ended försteg or a cancelled one', () => {
    const j = journey(
      [
        iv('open', 'forsteg', '2025-01-07'),
        iv('gone', 'forsteg', '2025-01-07', { end: '2025-02-28', cancelled: true }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([]);
  });

  it('lists waits in file order of F and sums their days', () => {
    const j = journey(
      [
        iv('late', 'forsteg', '2025-05-05', { end: '2025-05-30' }),
        iv('n2', 'komvux', '2025-06-09', { end: '2025-06-30' }),
        iv('early', 'forsteg', '2025-01-07', { end: '2025-02-28' }),
        iv('n1', 'komvux', '2025-03-03', { end: '2025-05-04' }),
      ],
      { asOf: '2025-06-30' },
    );
    const a = analyze(j);
    // late: 2025-05-31..2025-06-08 = 9 days; early: 2025-03-01..2025-03-02 = 2 days.
    expect(a.forstegWaits.map((w) => [w.forsteg, w.days])).toEqual([
      ['late', 9],
      ['early', 2],
    ]);
    expect(a.totals.forstegWaitDays).toBe(11);
  });
});

describe('grey zones', () => {
  it('are runs where nobody holds responsibility, with the actors on each side', () => {
    // fk (sjukpenning) to 2024-12-31, af (mandate) from 2025-02-17: 2025-01-01..2025-02-16 = 31 + 16 = 47 days.
    // Working days: January 23 weekdays - nyårsdagen - trettondedag jul = 21; 3..14 February: 10. 31.
    const j = journey(
      [
        iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' }),
        iv('reh', 'rehabilitering', '2024-03-04', { end: '2024-09-27' }),
      ],
      { asOf: '2025-06-30', mandates: [mandate('m', 'af', '2025-02-17')] },
    );
    expect(analyze(j).greyZones).toEqual([
      {
        start: '2025-01-01',
        end: '2025-02-16',
        days: 47,
        workingDays: 31,
        fromActors: ['fk'],
        toActors: ['af'],
        open: false,
        manual: false,
      },
    ]);
  });

  it('sort fromActors and toActors and list each actor once', () => {
    const j = journey(
      [
        iv('x', 'komvux', '2024-06-03', { end: '2024-12-31' }),
        iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' }),
        iv('eb', 'ekonomiskt-bistand', '2024-06-01', { end: '2024-12-31' }),
        iv('ap', 'arbetspraktik', '2025-02-17', { end: '2025-06-30' }),
      ],
      {
        asOf: '2025-06-30',
        mandates: [mandate('m1', 'kommun', '2025-02-17', '2025-06-30'), mandate('m2', 'af', '2025-02-17')],
      },
    );
    expect(analyze(j).greyZones).toEqual([
      expect.objectContaining({ start: '2025-01-01', fromActors: ['fk', 'kommun'], toActors: ['af', 'kommun'] }),
    ]);
  });

  it('are not where a mandate holds responsibility, though there is a gap', () => {
    const j = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }), iv('b', 'sfi', '2025-03-24', { end: '2025-06-30' })],
      { asOf: '2025-06-30', mandates: [mandate('m', 'af', '2025-03-10', '2025-03-31')] },
    );
    const a = analyze(j);
    expect(a.gaps.map((g) => g.start)).toEqual(['2025-03-15']);
    expect(a.greyZones).toEqual([]);
  });

  it('are not where a programme or benefit holds responsibility, though there is a gap', () => {
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
        iv('e', 'etableringsprogrammet', '2025-03-15', { end: '2025-03-20' }),
        iv('s', 'sjukpenning', '2025-03-21', { end: '2025-03-23' }),
        iv('b', 'sfi', '2025-03-24', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    const a = analyze(j);
    expect(a.gaps.map((g) => g.start)).toEqual(['2025-03-15']);
    expect(a.greyZones).toEqual([]);
  });

  it('are not after an open-ended mandate, which holds to the end of the horizon', () => {
    const j = journey([iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' })], {
      asOf: '2025-06-30',
      mandates: [mandate('m', 'kommun', '2025-03-15')],
    });
    const a = analyze(j);
    expect(a.gaps).toEqual([expect.objectContaining({ start: '2025-03-15', open: true })]);
    expect(a.greyZones).toEqual([]);
  });

  it('are open when they run to the end of the horizon, with no toActors', () => {
    // 2025-04-01..2025-06-30 = 91 days.
    const j = journey([iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' })], { asOf: '2025-06-30' });
    expect(analyze(j).greyZones).toEqual([
      expect.objectContaining({
        start: '2025-04-01',
        end: '2025-06-30',
        days: 91,
        fromActors: ['kommun'],
        toActors: [],
        open: true,
      }),
    ]);
  });

  it('drop computed runs of ignoreGapsUpToDays days or fewer', () => {
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
        iv('b', 'arbetspraktik', '2025-03-24', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j, { ignoreGapsUpToDays: 8 }).greyZones).toHaveLength(1);
    expect(analyze(j, { ignoreGapsUpToDays: 9 }).greyZones).toEqual([]);
    expect(analyze(j, { ignoreGapsUpToDays: 9 }).totals.greyZoneDays).toBe(0);
  });

  describe('manual (greyzone annotations)', () => {
    const held = [iv('sp', 'sjukpenning', '2024-01-08', { end: '2025-06-30' })];

    it('are grey zones with manual true, empty actor lists and open false', () => {
      // 2024-12-16..2025-01-10 = 16 + 10 = 26 days. Working: 16-20 Dec (5), 23, 27, 30 Dec (3), 2-3 Jan (2),
      // 7-10 Jan (4) = 14.
      const j = journey(held, { asOf: '2025-06-30', annotations: [greyzone('g', '2024-12-16', '2025-01-10')] });
      expect(analyze(j).greyZones).toEqual([
        {
          start: '2024-12-16',
          end: '2025-01-10',
          days: 26,
          workingDays: 14,
          fromActors: [],
          toActors: [],
          open: false,
          manual: true,
        },
      ]);
    });

    it('are clipped to the horizon at both ends', () => {
      const j = journey(held, {
        asOf: '2025-06-30',
        annotations: [greyzone('g1', '2023-12-01', '2024-01-31'), greyzone('g2', '2025-06-01', '2025-12-31')],
      });
      expect(analyze(j).greyZones.map((z) => [z.start, z.end, z.days, z.open])).toEqual([
        ['2024-01-08', '2024-01-31', 24, false],
        ['2025-06-01', '2025-06-30', 30, false],
      ]);
    });

    it('are left out when nothing of them lies in the horizon', () => {
      const j = journey(held, {
        asOf: '2025-06-30',
        annotations: [greyzone('before', '2023-01-01', '2024-01-07'), greyzone('after', '2025-07-01', '2025-07-31')],
      });
      expect(analyze(j).greyZones).toEqual([]);
      expect(analyze(j).totals.greyZoneDays).toBe(0);
    });

    it('are never dropped as short', () => {
      const j = journey(held, { asOf: '2025-06-30', annotations: [greyzone('g', '2025-02-03', '2025-02-03')] });
      expect(analyze(j, { ignoreGapsUpToDays: 30 }).greyZones).toEqual([
        expect.objectContaining({ start: '2025-02-03', end: '2025-02-03', days: 1, manual: true }),
      ]);
    });

    it('come only from annotations of type greyzone, not notes', () => {
      const j = journey(held, {
        asOf: '2025-06-30',
        annotations: [{ id: 'n', type: 'note', start: '2025-02-03', end: '2025-02-28', text: 'möte' }],
      });
      expect(analyze(j).greyZones).toEqual([]);
    });
  });

  it('are ordered by start, computed before manual at the same start', () => {
    const j = journey([iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' })], {
      asOf: '2025-02-16',
      annotations: [greyzone('same', '2025-01-01', '2025-01-05'), greyzone('earlier', '2024-12-16', '2025-01-10')],
    });
    expect(analyze(j).greyZones.map((z) => [z.start, z.manual])).toEqual([
      ['2024-12-16', true],
      ['2025-01-01', false],
      ['2025-01-01', true],
    ]);
  });

  it('total greyZoneDays as the union of computed and manual zones', () => {
    // Computed 2025-01-01..2025-02-16 (47) and manual 2024-12-16..2025-01-10 (26) overlap on 2025-01-01..10
    // (10 days): 47 + 26 - 10 = 63.
    const j = journey([iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' })], {
      asOf: '2025-06-30',
      mandates: [mandate('m', 'af', '2025-02-17')],
      annotations: [greyzone('g', '2024-12-16', '2025-01-10'), greyzone('inside', '2025-01-02', '2025-01-03')],
    });
    expect(analyze(j).totals.greyZoneDays).toBe(63);
  });
});

describe('cliffs', () => {
  const asOf = '2025-12-01'; // asOf + 90 days = 2026-03-01

  it('are interventions ending within the window with nothing after them', () => {
    const j = journey([iv('ij', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02' })], { asOf });
    expect(analyze(j).cliffs).toEqual([{ intervention: 'ij', end: '2026-02-02', daysLeft: 63, headroomMonths: 12 }]);
  });

  it('use the window [asOf, asOf + cliffHorizonDays], inclusive at both ends', () => {
    // Programmes are not activities, so none of these covers another's next day.
    const j = journey(
      [
        iv('dayBefore', 'jobb-och-utvecklingsgarantin', '2025-06-02', { end: '2025-11-30' }),
        iv('onAsOf', 'jobb-och-utvecklingsgarantin', '2025-06-02', { end: '2025-12-01' }),
        iv('lastDay', 'jobb-och-utvecklingsgarantin', '2025-06-02', { end: '2026-03-01' }),
        iv('dayAfter', 'jobb-och-utvecklingsgarantin', '2025-06-02', { end: '2026-03-02' }),
      ],
      { asOf },
    );
    expect(analyze(j).cliffs).toEqual([
      { intervention: 'onAsOf', end: '2025-12-01', daysLeft: 0, headroomMonths: null },
      { intervention: 'lastDay', end: '2026-03-01', daysLeft: 90, headroomMonths: null },
    ]);
    expect(analyze(j, { cliffHorizonDays: 91 }).cliffs.map((c) => c.intervention)).toEqual([
      'onAsOf',
      'lastDay',
      'dayAfter',
    ]);
    expect(analyze(j, { cliffHorizonDays: 0 }).cliffs.map((c) => c.intervention)).toEqual(['onAsOf']);
  });

  it('are suppressed by another activity that covers the day after the end', () => {
    const j = journey(
      [
        iv('ij', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02' }),
        iv('job', 'anstallning', '2026-02-03'),
        iv('sfi', 'sfi', '2025-09-01', { end: '2026-01-15' }),
        iv('kv', 'komvux', '2025-12-01', { end: '2026-06-30' }),
      ],
      { asOf },
    );
    // ij is followed by job; sfi ends 2026-01-15 inside komvux.
    expect(analyze(j).cliffs).toEqual([]);
  });

  it('are not suppressed by a programme or a mandate after the end', () => {
    const j = journey(
      [
        iv('ij', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02' }),
        iv('p', 'jobb-och-utvecklingsgarantin', '2026-02-03', { end: '2026-12-31' }),
      ],
      { asOf, mandates: [mandate('m', 'af', '2025-01-01')] },
    );
    expect(analyze(j).cliffs.map((c) => c.intervention)).toEqual(['ij']);
  });

  it('give headroomMonths 0 when the end is past ruleLimit already', () => {
    // start 2024-03-01: ruleLimit 2026-02-28; the end 2026-03-01 is after it.
    const j = journey([iv('ij', 'introduktionsjobb', '2024-03-01', { plannedEnd: '2026-03-01' })], { asOf });
    const a = analyze(j);
    expect(a.cliffs).toEqual([{ intervention: 'ij', end: '2026-03-01', daysLeft: 90, headroomMonths: 0 }]);
    expect(item(a, 'ij').exceedsMaximum).toBe(true);
  });

  it('give headroomMonths 0 when the end is ruleLimit', () => {
    // start 2024-02-01: ruleLimit 2026-01-31.
    const j = journey([iv('ij', 'introduktionsjobb', '2024-02-01', { plannedEnd: '2026-01-31' })], { asOf });
    expect(analyze(j).cliffs).toEqual([{ intervention: 'ij', end: '2026-01-31', daysLeft: 61, headroomMonths: 0 }]);
  });

  it('count headroomMonths in calendar months, clamped at month ends', () => {
    // start 2024-05-01: ruleLimit 2026-04-30. 2026-01-31 + 3 months = 2026-04-30 <= limit; + 4 = 2026-05-31.
    const j = journey([iv('ij', 'introduktionsjobb', '2024-05-01', { plannedEnd: '2026-01-31' })], { asOf });
    expect(analyze(j).cliffs).toEqual([{ intervention: 'ij', end: '2026-01-31', daysLeft: 61, headroomMonths: 3 }]);
  });

  it('give headroomMonths null without a total maximum', () => {
    const j = journey([iv('a', 'arbetspraktik', '2025-09-01')], { asOf });
    // 2025-09-01 + 6 months - 1 day = 2026-02-28; daysLeft: 30 (to 31 Dec) + 31 (January) + 28 = 89.
    expect(analyze(j).cliffs).toEqual([{ intervention: 'a', end: '2026-02-28', daysLeft: 89, headroomMonths: null }]);
  });

  it('are none in a closed journey', () => {
    const j = journey([iv('ij', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02' })], {
      asOf,
      closed: { date: '2026-02-28', reason: 'arbete' },
    });
    expect(analyze(j).cliffs).toEqual([]);
  });

  it('are ordered by end, then file order', () => {
    const j = journey(
      [
        iv('c', 'komvux', '2026-01-20', { end: '2026-02-10' }),
        iv('b', 'jobb-och-utvecklingsgarantin', '2025-06-02', { end: '2026-01-15' }),
        iv('a', 'komvux', '2025-06-02', { end: '2026-01-15' }),
      ],
      { asOf },
    );
    expect(analyze(j).cliffs.map((c) => [c.intervention, c.end])).toEqual([
      ['b', '2026-01-15'],
      ['a', '2026-01-15'],
      ['c', '2026-02-10'],
    ]);
  });

  it('are never open-ended or cancelled interventions', () => {
    const j = journey(
      [iv('open', 'sfi', '2025-06-02'), iv('gone', 'introduktionsjobb', '2025-02-03', { cancelled: true })],
      { asOf },
    );
    expect(analyze(j).cliffs).toEqual([]);
  });
});

describe('totals', () => {
  it('count employmentDays as the union of anställning days, clipped to the horizon', () => {
    // Union 2025-01-01..2025-09-30 cut at closed.date 2025-06-30: 31 + 28 + 31 + 30 + 31 + 30 = 181.
    const j = journey(
      [
        iv('e1', 'anstallning', '2025-01-01', { end: '2025-03-31' }),
        iv('e2', 'nystartsjobb', '2025-03-01', { end: '2025-09-30' }),
        iv('kv', 'komvux', '2025-07-01', { end: '2025-12-19' }),
        iv('gone', 'anstallning', '2024-01-01', { end: '2024-12-31', cancelled: true }),
      ],
      { asOf: '2025-06-30', closed: { date: '2025-06-30', reason: 'arbete' } },
    );
    expect(analyze(j).totals.employmentDays).toBe(181);
  });

  it('count an open-ended anställning to the end of the horizon', () => {
    // 2025-05-01..2025-06-30 = 61 days.
    const j = journey([iv('e', 'anstallning', '2025-05-01')], { asOf: '2025-06-30' });
    expect(analyze(j).totals.employmentDays).toBe(61);
  });

  it('give supportedUntil as the latest finite effective end', () => {
    const j = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-06-13' }), iv('b', 'arbetspraktik', '2025-03-03')],
      { asOf: '2025-06-30', mandates: [mandate('m', 'af', '2025-01-01')] },
    );
    // b: 2025-03-03 + 6 months - 1 day = 2025-09-02. The open-ended mandate does not count.
    expect(analyze(j).totals.supportedUntil).toBe('2025-09-02');
  });

  it('give supportedUntil null when a non-cancelled intervention is open-ended', () => {
    const j = journey([iv('a', 'komvux', '2025-01-07', { end: '2025-06-13' }), iv('b', 'sfi', '2025-03-03')], {
      asOf: '2025-06-30',
    });
    expect(analyze(j).totals.supportedUntil).toBeNull();
  });

  it('ignore a cancelled open-ended intervention for supportedUntil', () => {
    const j = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-06-13' }), iv('b', 'sfi', '2025-03-03', { cancelled: true })],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j).totals.supportedUntil).toBe('2025-06-13');
  });
});

describe('cancelled interventions', () => {
  const base: Loose[] = [
    iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
    iv('n', 'komvux', '2025-04-14', { end: '2025-06-13' }),
    iv('ij', 'introduktionsjobb', '2025-08-04', { plannedEnd: '2026-01-30' }),
  ];
  const cancelled: Loose[] = [
    iv('x1', 'komvux', '2024-06-03', { end: '2026-12-31', cancelled: true }), // would fill every gap
    iv('x2', 'forsteg', '2025-05-05', { end: '2025-06-30', cancelled: true }), // would be a försteg
    iv('x3', 'anstallning', '2025-06-14', { cancelled: true }), // employment, open-ended
    iv('x4', 'nystartsjobb', '2025-06-16', { end: '2026-01-31', cancelled: true }), // would suppress the cliff
    iv('x5', 'sjukpenning', '2025-04-01', { end: '2025-04-13', cancelled: true }), // would hold responsibility
  ];

  it('are ignored everywhere except the list of interventions', () => {
    const options = { asOf: '2025-12-01' };
    const without = analyze(journey(base), options);
    const withThem = analyze(journey([base[0], cancelled[0], base[1], ...cancelled.slice(1), base[2]]), options);
    const { interventions, ...rest } = withThem;
    const { interventions: baseList, ...baseRest } = without;
    expect(rest).toEqual(baseRest);
    expect(interventions.map((i) => [i.id, i.status])).toEqual([
      ['f', 'ended'],
      ['x1', 'cancelled'],
      ['n', 'ended'],
      ['x2', 'cancelled'],
      ['x3', 'cancelled'],
      ['x4', 'cancelled'],
      ['x5', 'cancelled'],
      ['ij', 'ongoing'],
    ]);
    expect(interventions.filter((i) => i.status !== 'cancelled')).toEqual(baseList);
    // And the baseline does have findings that the cancelled ones would have changed.
    expect(without.gaps.length).toBeGreaterThan(0);
    expect(without.cliffs.map((c) => c.intervention)).toEqual(['ij']);
    expect(without.forstegWaits).toEqual([expect.objectContaining({ forsteg: 'f', days: 13 })]);
  });
});

describe('readings of the spec', () => {
  it('(a) step 3 adds extensions to the computed decision end, not to start + (N + extensions) months', () => {
    // reading of the spec: "start + that many months - 1 day, plus the extensions" is read as
    // (start + N months - 1 day) + extensions. kartläggning (6 months, förordning 2000:634 7 §) from 2025-03-31:
    // 2025-03-31 + 6 months = 2025-09-30, - 1 day = 2025-09-29, + 2 months = 2025-11-29
    // (start + 8 months - 1 day would be 2025-11-30).
    const j = journey([iv('k', 'kartlaggning', '2025-03-31', { extensions: [{ months: 2 }] })], { asOf: '2025-04-01' });
    expect(item(analyze(j), 'k').effectiveEnd).toBe('2025-11-29');
  });

  it('(b) startAfter with gapDays 0 leaves no gap: the moved intervention starts the day after', () => {
    // reading of the spec: gapDays is the number of empty days between the two; 0 starts on the day after
    // `after`'s effective end, so the analysis sees no gap; gapDays 3 gives a gap of 3 days.
    const scenarios = [
      { id: 'tight', name: 't', changes: [{ op: 'startAfter', intervention: 'n', after: 'f' }] },
      { id: 'three', name: 'g', changes: [{ op: 'startAfter', intervention: 'n', after: 'f', gapDays: 3 }] },
    ];
    const j = journey(
      [iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }), iv('n', 'komvux', '2025-05-05', { end: '2025-06-30' })],
      { asOf: '2025-03-01', scenarios },
    );
    const tight = applyScenario(j, 'tight');
    const three = applyScenario(j, 'three');
    if (!tight.ok || !three.ok) throw new Error('scenario failed');
    expect(tight.journey.interventions[1]).toMatchObject({ start: '2025-04-01', end: '2025-05-27' });
    expect(analyze(tight.journey).gaps).toEqual([]);
    expect(analyze(three.journey).gaps).toEqual([
      expect.objectContaining({ start: '2025-04-01', end: '2025-04-03', days: 3 }),
    ]);
  });

  it('(c) noNextStep only when F ends at the end of the horizon; an open gap after F is open, not noNextStep', () => {
    // reading of the spec: noNextStep belongs to the third branch only ("D is after the horizon").
    const openGap = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' })], { asOf: '2025-06-30' });
    const atEnd = journey([iv('f', 'forsteg', '2025-01-13', { end: '2025-06-30' })], { asOf: '2025-06-30' });
    expect(analyze(openGap).forstegWaits[0]).toMatchObject({ open: true, noNextStep: false, days: 91 });
    expect(analyze(atEnd).forstegWaits[0]).toMatchObject({ open: true, noNextStep: true, days: 0 });
  });

  it('(d) an open-ended intervention never exceeds the maximum (no finite end to compare)', () => {
    // reading of the spec: a kind with a total maximum but no months per decision, started long ago, no end.
    const j = journey([iv('a', 'lokal-anst', '2020-01-01')], {
      asOf: '2025-06-01',
      kinds: [
        {
          id: 'lokal-anst',
          label: 'Lokal anställning',
          category: 'anstallning',
          defaultActor: 'arbetsgivare',
          maxTotalMonths: 6,
        },
      ],
    });
    expect(item(analyze(j), 'a')).toEqual({
      id: 'a',
      status: 'ongoing',
      effectiveEnd: null,
      projected: false,
      exceedsMaximum: false,
      ruleLimit: '2020-06-30',
    });
  });

  it('(e) a custom kind or actor with a built-in id replaces it for the journey, with a warning', () => {
    // reading of the spec: the file's own definition wins (here sfi becomes a programme, not an activity).
    const data = {
      format: 'journey',
      version: 1,
      id: 'j',
      participant: { ref: 'P-1' },
      asOf: '2025-06-30',
      actors: [{ id: 'af', label: 'AF Östergötland', color: '#336699' }],
      kinds: [
        { id: 'sfi', label: 'SFI inom programmet', category: 'program', defaultActor: 'kommun' },
        {
          id: 'introduktionsjobb',
          label: 'Lokalt introjobb',
          category: 'anstallning',
          defaultActor: 'af',
          maxTotalMonths: 6,
        },
      ],
      interventions: [iv('s', 'sfi', '2025-01-07', { end: '2025-06-30' }), iv('ij', 'introduktionsjobb', '2025-01-07')],
    };
    const parsed = parseJourney(JSON.stringify(data));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings.map((w) => [w.path, w.code])).toEqual([
      ['actors[0].id', 'replacesBuiltIn'],
      ['kinds[0].id', 'replacesBuiltIn'],
      ['kinds[1].id', 'replacesBuiltIn'],
    ]);
    const a = analyze(parsed.journey);
    // ij has no months per decision any more: open-ended; its limit is the custom 6 months.
    expect(item(a, 'ij')).toMatchObject({ effectiveEnd: null, ruleLimit: '2025-07-06' });
    // sfi no longer counts as an activity; ij (open-ended) covers everything, so remove it to see the gap.
    const onlySfi = journey([iv('s', 'sfi', '2025-01-07', { end: '2025-06-30' })], {
      asOf: '2025-06-30',
      kinds: data.kinds,
    });
    expect(analyze(onlySfi).gaps).toEqual([
      expect.objectContaining({ start: '2025-01-07', end: '2025-06-30', open: true }),
    ]);
  });

  describe('(f) without asOf in the options or the file', () => {
    const ivs = [
      iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
      iv('b', 'sfi', '2025-04-01', { plannedEnd: '2025-06-13' }),
    ];

    it('uses the latest start or end of the journey', () => {
      // reading of the spec: the app passes today, but the domain never reads the clock: it takes the latest
      // date the journey knows, here b's planned end 2025-06-13.
      const a = analyze(journey(ivs));
      expect(a.horizon).toEqual({ from: '2025-01-07', to: '2025-06-13' });
      expect(a.interventions.map((i) => i.status)).toEqual(['ended', 'ongoing']);
      // b is sfi: ruleLimit 2026-01-01 + 36 months - 1 day = 2028-12-31; 2025-06-13 + 42 months = 2028-12-13
      // fits, + 43 months = 2029-01-13 does not.
      expect(a.cliffs).toEqual([{ intervention: 'b', end: '2025-06-13', daysLeft: 0, headroomMonths: 42 }]);
    });

    it('uses a latest start when that is the latest date', () => {
      // reading of the spec: c is open-ended and starts 2025-08-01, the latest date in the journey.
      const a = analyze(journey([...ivs, iv('c', 'folkhogskola', '2025-08-01')]));
      expect(a.horizon).toEqual({ from: '2025-01-07', to: '2025-08-01' });
      expect(a.interventions.map((i) => i.status)).toEqual(['ended', 'ended', 'ongoing']);
    });

    it('uses closed.date in a closed journey', () => {
      // reading of the spec: closed.date is "today" for a journey that has ended.
      const a = analyze(journey(ivs, { closed: { date: '2025-03-31', reason: 'flytt' } }));
      expect(a.horizon).toEqual({ from: '2025-01-07', to: '2025-03-31' });
      expect(a.interventions.map((i) => i.status)).toEqual(['ended', 'planned']);
    });

    it('uses options.asOf when it is given', () => {
      const a = analyze(journey(ivs), { asOf: '2025-02-01' });
      expect(a.interventions.map((i) => i.status)).toEqual(['ongoing', 'planned']);
      expect(a.horizon).toEqual({ from: '2025-01-07', to: '2025-06-13' });
    });
  });

  it('(g) workingDays use the holidays as they stood in the year (SFS 2004:1320)', () => {
    // Nationaldagen (Fri 6 June 2003) became a public holiday only in 2005, so in 2003 it is an ordinary
    // working day. Gap 2003-06-02..2003-06-08: Mon-Fri 5 weekdays, no holiday = 5.
    const j = journey(
      [iv('a', 'komvux', '2003-05-05', { end: '2003-06-01' }), iv('b', 'komvux', '2003-06-09', { end: '2003-06-30' })],
      { asOf: '2003-06-30' },
    );
    expect(analyze(j).gaps).toEqual([
      expect.objectContaining({ start: '2003-06-02', end: '2003-06-08', workingDays: 5 }),
    ]);
  });
});
