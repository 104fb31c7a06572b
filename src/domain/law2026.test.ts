/**
 * The law as it stands in 2026 (issue 8): one test per change of the contract, each with the
 * statute's figure in its name. Holidays by year are in holidays.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  type AnalysisOptions,
  BUILT_IN_KINDS,
  type Journey,
  analyzeJourney,
  applyScenario,
  compareAnalyses,
  parseJourney,
  ruleInForce,
  youthAgeUncertain,
} from './index';

type Loose = Record<string, unknown>;

function journey(interventions: Loose[], more: Loose = {}, participant: Loose = {}): Journey {
  const data = {
    format: 'journey',
    version: 1,
    id: 'j',
    participant: { ref: 'P-1', ...participant },
    interventions,
    ...more,
  };
  const parsed = parseJourney(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}
const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });
const analyzed = (j: Journey, id: string, options?: AnalysisOptions) =>
  analyzeJourney(j, options).interventions.find((a) => a.id === id)!;
const kind = (id: string) => BUILT_IN_KINDS.find((k) => k.id === id)!;

describe('the catalogue as of 2026 (shared/domain-rules.md)', () => {
  it('kartläggning: 6 months per decision (förordning 2000:634 7 §; the 12 weeks of 30 § are gone)', () => {
    expect(kind('kartlaggning').maxMonthsPerDecision).toBe(6);
    // 2025-03-03 + 6 months - 1 day = 2025-09-02.
    const j = journey([iv('k', 'kartlaggning', '2025-03-03')], { asOf: '2025-03-10' });
    expect(analyzed(j, 'k').effectiveEnd).toBe('2025-09-02');
  });

  it('lönebidrag för anställning: 48 months at a time, 96 in total (förordning 2017:462 31 §)', () => {
    const j = journey([iv('l', 'lonebidrag', '2020-01-01', { extensions: [{ months: 48 }, { months: 12 }] })], {
      asOf: '2024-01-01',
    });
    // 2020-01-01 + 96 months - 1 day = 2027-12-31; the end (2020-01-01 + 48 months - 1 day = 2023-12-31) + 48 + 12
    // months = 2028-12-31 exceeds it.
    expect(analyzed(j, 'l')).toMatchObject({
      ruleLimit: '2027-12-31',
      effectiveEnd: '2028-12-31',
      exceedsMaximum: true,
    });
  });

  it('jobbgarantin för ungdomar: 15 months in total (förordning 2007:813 5, 10 §§)', () => {
    const j = journey([iv('g', 'jobbgarantin-for-ungdomar', '2025-02-10')], { asOf: '2025-03-01' });
    // 2025-02-10 + 15 months - 1 day = 2026-05-09. No per-decision maximum: open-ended.
    expect(analyzed(j, 'g')).toMatchObject({ ruleLimit: '2026-05-09', effectiveEnd: null });
  });

  it('extratjänst: 36 months for a start in 2020-05-01..2021-12-31 (SFS 2020:224), 24 otherwise', () => {
    const inWindow = journey([iv('x', 'extratjanst', '2021-03-01')], { asOf: '2021-03-01' });
    expect(analyzed(inWindow, 'x').ruleLimit).toBe('2024-02-29'); // 2021-03-01 + 36 months - 1 day
    const before = journey([iv('x', 'extratjanst', '2019-03-01')], { asOf: '2019-03-01' });
    expect(analyzed(before, 'x').ruleLimit).toBe('2021-02-28'); // + 24 months - 1 day
  });

  it('arbetsplatsintroduktion: from 2003-09-01 with no end, 6 months, beyond that special reasons (förordning 2003:623 5 §)', () => {
    const k = kind('arbetsplatsintroduktion');
    expect(k.available).toEqual({ from: '2003-09-01' });
    expect(k.label.sv).toBe('Arbetsplatsintroduktion');
    expect(k.review).toEqual({ afterMonths: 6, note: expect.objectContaining({ sv: expect.stringContaining('5 §') }) });
    const later = parseJourney(
      JSON.stringify({
        format: 'journey',
        version: 1,
        id: 'j',
        participant: { ref: 'P' },
        interventions: [iv('a', 'arbetsplatsintroduktion', '2024-01-15')],
      }),
    );
    expect(later.ok && later.warnings).toEqual([]);
  });

  it('etableringsjobb: 24 months, from 2024-01-01 (förordning 2022:807)', () => {
    expect(ruleInForce(kind('etableringsjobb'), '2024-06-01')).toEqual({
      maxMonthsPerDecision: 24,
      maxTotalMonths: 24,
    });
    expect(kind('etableringsjobb').available).toEqual({ from: '2024-01-01' });
  });

  it('aktivitetsersättning: at most 36 months per decision (socialförsäkringsbalken 33 kap. 18-19 §§)', () => {
    expect(kind('aktivitetsersattning').maxMonthsPerDecision).toBe(36);
  });

  it('every built-in kind names its source; every kind with a rule names a law and paragraph, or its procurement', () => {
    const law = /förordning|lag |lagen|balken|SFS|skollagen|kap\.|upphandl/i;
    for (const k of BUILT_IN_KINDS) {
      expect(k.source?.sv, k.id).toBeTruthy();
      expect(k.source?.en, k.id).toBeTruthy();
      const hasRule = k.maxMonthsPerDecision !== undefined || k.maxTotalMonths !== undefined || k.id === 'sjukpenning';
      if (hasRule) {
        expect(k.source!.sv, k.id).toMatch(law);
        // The statute's number (förordning 2018:42, SFS 2020:224) or chapter, or the procurement.
        expect(k.source!.sv, k.id).toMatch(/\d{4}:\d+|kap\.|upphandl/);
      }
    }
  });
});

describe('the 36-month window by decision date (SFS 2020:224, section 3)', () => {
  it('introduktionsjobb started 2019 with an extension decided 2020-06-15: 36 months in total', () => {
    const j = journey(
      [iv('ij', 'introduktionsjobb', '2019-09-02', { extensions: [{ months: 12, decidedOn: '2020-06-15' }] })],
      { asOf: '2020-07-01' },
    );
    // 2019-09-02 + 36 months - 1 day = 2022-09-01.
    expect(analyzed(j, 'ij').ruleLimit).toBe('2022-09-01');
  });

  it('an extension decided 2022-01-03, after the window: 24 months', () => {
    const j = journey(
      [iv('ij', 'introduktionsjobb', '2021-02-01', { extensions: [{ months: 12, decidedOn: '2022-01-03' }] })],
      { asOf: '2022-02-01' },
    );
    // The start is inside the window, so it is 36 anyway: 2021-02-01 + 36 months - 1 day = 2024-01-31.
    expect(analyzed(j, 'ij').ruleLimit).toBe('2024-01-31');
    const late = journey(
      [iv('ij', 'introduktionsjobb', '2019-02-01', { extensions: [{ months: 12, decidedOn: '2022-01-03' }] })],
      { asOf: '2020-02-01' },
    );
    // 2019-02-01 + 24 months - 1 day = 2021-01-31.
    expect(analyzed(late, 'ij').ruleLimit).toBe('2021-01-31');
  });

  it('extratjänst follows the same window by decision date; other kinds do not', () => {
    const x = journey(
      [iv('x', 'extratjanst', '2019-05-06', { extensions: [{ months: 12, decidedOn: '2021-12-31' }] })],
      { asOf: '2020-01-01' },
    );
    expect(analyzed(x, 'x').ruleLimit).toBe('2022-05-05'); // + 36 months - 1 day
    const n = journey(
      [iv('n', 'nystartsjobb', '2019-05-06', { extensions: [{ months: 12, decidedOn: '2021-01-01' }] })],
      { asOf: '2020-01-01' },
    );
    expect(analyzed(n, 'n').ruleLimit).toBe('2021-05-05'); // + 24 months - 1 day
  });
});

describe("sfi's three years (skollagen 20 kap., prop. 2025/26:10, section 3)", () => {
  it('admitted before 2026: three years from 2026-01-01, for every sfi of the journey', () => {
    const j = journey(
      [iv('a', 'sfi', '2023-08-21', { end: '2024-06-14' }), iv('b', 'sfi', '2025-08-18', { plannedEnd: '2026-06-12' })],
      { asOf: '2026-01-15' },
    );
    expect(analyzed(j, 'a').ruleLimit).toBe('2028-12-31');
    expect(analyzed(j, 'b').ruleLimit).toBe('2028-12-31');
  });

  it('first admitted 2026-03-02: three years from then, also for a later sfi', () => {
    const j = journey(
      [iv('a', 'sfi', '2026-03-02', { end: '2026-06-12' }), iv('b', 'sfi', '2026-08-17', { plannedEnd: '2029-06-15' })],
      { asOf: '2026-09-01' },
    );
    // 2026-03-02 + 36 months - 1 day = 2029-03-01; b's end 2029-06-15 goes past it.
    expect(analyzed(j, 'b')).toMatchObject({ ruleLimit: '2029-03-01', exceedsMaximum: true });
  });

  it('a cancelled sfi does not move F for the others, and counts from its own start', () => {
    const j = journey(
      [iv('c', 'sfi', '2026-02-02', { cancelled: true }), iv('b', 'sfi', '2026-05-04', { plannedEnd: '2026-12-18' })],
      { asOf: '2026-05-04' },
    );
    expect(analyzed(j, 'b').ruleLimit).toBe('2029-05-03');
    expect(analyzed(j, 'c').ruleLimit).toBe('2029-02-01');
  });

  it('the cliff headroom counts up to the three years', () => {
    const j = journey([iv('s', 'sfi', '2026-01-12', { plannedEnd: '2026-06-12' })], { asOf: '2026-05-01' });
    // ruleLimit 2029-01-11; 2026-06-12 + 30 months = 2028-12-12 fits, + 31 = 2029-01-12 does not.
    expect(analyzeJourney(j).cliffs).toEqual([
      { intervention: 's', end: '2026-06-12', daysLeft: 42, headroomMonths: 30 },
    ]);
  });
});

describe('nystartsjobb age (förordning 2018:43 28 §: 12 months at 20-24)', () => {
  const file = (birthYear: number, start: string) =>
    parseJourney(
      JSON.stringify({
        format: 'journey',
        version: 1,
        id: 'j',
        participant: { ref: 'P', birthYear },
        interventions: [iv('n', 'nystartsjobb', start)],
      }),
    );

  it.each([
    [2005, '2025-03-03', true], // 2025 - 2005 = 20: 19 or 20 at start
    [2000, '2025-03-03', true], // 25: 24 or 25
    [2003, '2025-03-03', false], // 22: 21 or 22, 12 months either way
    [1990, '2025-03-03', false], // 35
  ])('birth year %i, start %s: ageUncertain %s', (birthYear, start, warns) => {
    const r = file(birthYear, start);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings.some((w) => w.code === 'ageUncertain' && w.path === 'interventions[0].start')).toBe(warns);
    expect(youthAgeUncertain(kind('nystartsjobb'), start, birthYear)).toBe(warns);
  });

  it('keeps the rule of the contract: start year - birthYear of 20 gives 12 months, 25 gives 24', () => {
    expect(ruleInForce(kind('nystartsjobb'), '2025-03-03', 2005).maxTotalMonths).toBe(12);
    expect(ruleInForce(kind('nystartsjobb'), '2025-03-03', 2000).maxTotalMonths).toBe(24);
  });
});

describe('sickness milestones after days 90, 180 and 365 (socialförsäkringsbalken 27 kap. 46-51 §§)', () => {
  const sp = (id: string, start: string, end?: string) => iv(id, 'sjukpenning', start, end ? { end } : {});
  // Employed throughout (an open-ended job from 2000): the day-90 and day-180 steps apply (46 §).
  const job = iv('job', 'anstallning', '2000-01-01', { actor: 'arbetsgivare' });
  const milestones = (ivs: Loose[], asOf: string, more: Loose = {}) =>
    analyzeJourney(journey([...ivs, job], { asOf, ...more })).sicknessMilestones;

  it('one open-ended spell: day 90 is start + 89, day 180 start + 179, day 365 start + 364', () => {
    expect(milestones([sp('a', '2025-01-01')], '2025-02-01')).toEqual([
      { day: 90, date: '2025-03-31', interventions: ['a'], employed: true, future: true, upcoming: true },
      { day: 180, date: '2025-06-29', interventions: ['a'], employed: true, future: true, upcoming: false },
      { day: 365, date: '2025-12-31', interventions: ['a'], employed: true, future: true, upcoming: false },
    ]);
  });

  it('a break of 89 days joins the period (27 kap. 51 §); 90 days starts a new one', () => {
    // a: 2025-01-01..2025-02-28 = 59 days. b starts after 89 empty days: 2025-03-01 + 89 = 2025-05-29.
    const joined = milestones([sp('a', '2025-01-01', '2025-02-28'), sp('b', '2025-05-29')], '2025-06-01');
    // Day 90 = day 31 of b = 2025-05-29 + 30 = 2025-06-28.
    expect(joined[0]).toEqual({
      day: 90,
      date: '2025-06-28',
      interventions: ['a', 'b'],
      employed: true,
      future: true,
      upcoming: true,
    });
    const apart = milestones([sp('a', '2025-01-01', '2025-02-28'), sp('b', '2025-05-30')], '2025-06-01');
    // New period from b: day 90 = 2025-05-30 + 89 = 2025-08-27. a alone never reaches 90.
    expect(apart.map((m) => [m.day, m.date, m.interventions])).toEqual([
      [90, '2025-08-27', ['b']],
      [180, '2025-11-25', ['b']],
      [365, '2026-05-29', ['b']],
    ]);
  });

  it('overlapping spells count each day once; days between spells are not counted', () => {
    // a 2025-01-01..2025-01-31 (31), b 2025-01-20..2025-02-09 (adds 9: 1-9 Feb), c 2025-03-01.. (after 19 days)
    // 40 days by 2025-02-09; day 90 = day 50 of c = 2025-03-01 + 49 = 2025-04-19.
    const m = milestones(
      [sp('c', '2025-03-01'), sp('a', '2025-01-01', '2025-01-31'), sp('b', '2025-01-20', '2025-02-09')],
      '2025-03-01',
    );
    expect(m[0]).toEqual({
      day: 90,
      date: '2025-04-19',
      interventions: ['c', 'a', 'b'],
      employed: true,
      future: true,
      upcoming: true,
    });
  });

  it('a milestone on the reference day itself, or on its last day ahead, is upcoming (both ends of [asOf, asOf + 90])', () => {
    // Day 90 of an open-ended spell from 2025-01-01 is 2025-03-31 (start + 89); employed (the job).
    const onTheDay = milestones([sp('a', '2025-01-01')], '2025-03-31');
    expect(onTheDay[0]).toEqual({
      day: 90,
      date: '2025-03-31',
      interventions: ['a'],
      employed: true,
      future: false,
      upcoming: true,
    });
    // 2025-03-31 - 90 days = 2024-12-31: the milestone is the horizon's last day ahead.
    expect(milestones([sp('a', '2025-01-01')], '2024-12-31')[0]).toMatchObject({ day: 90, upcoming: true });
    // One day later the milestone is behind: not upcoming.
    expect(milestones([sp('a', '2025-01-01')], '2025-04-01')[0]).toMatchObject({ day: 90, upcoming: false });
  });

  it('a closed journey has no upcoming milestones; a cancelled spell does not count', () => {
    const closed = milestones([sp('a', '2025-01-01')], '2025-02-01', {
      closed: { date: '2025-12-31', reason: 'arbete' },
    });
    expect(closed.map((m) => m.upcoming)).toEqual([false, false, false]);
    const cancelled = milestones(
      [
        iv('x', 'sjukpenning', '2024-01-01', { end: '2024-12-31', cancelled: true }),
        sp('a', '2025-01-01', '2025-01-31'),
      ],
      '2025-02-01',
    );
    expect(cancelled).toEqual([]);
  });

  it('milestones are not clipped to the horizon, but a journey without one has none', () => {
    const beyond = milestones([sp('a', '2025-01-01', '2025-12-31')], '2025-03-01', {
      closed: { date: '2025-03-01', reason: 'flytt' },
    });
    expect(beyond.map((m) => m.date)).toEqual(['2025-03-31', '2025-06-29', '2025-12-31']);
    const none = analyzeJourney(journey([], { asOf: '2025-01-01' })).sicknessMilestones;
    expect(none).toEqual([]);
  });
});

describe('scenarios and their comparison include the milestones', () => {
  it('a sjukpenning spell shifted 30 days later moves its day-90 milestone; rule notes come from the catalogue', () => {
    const j = journey(
      [
        iv('sp', 'sjukpenning', '2025-01-01', { end: '2025-06-30' }),
        iv('ij', 'introduktionsjobb', '2025-01-01', { plannedEnd: '2025-12-31' }),
      ],
      {
        asOf: '2025-02-01',
        scenarios: [
          {
            id: 's',
            name: 'later',
            changes: [
              { op: 'shift', intervention: 'sp', days: 30 },
              { op: 'extend', intervention: 'ij', months: 6 },
            ],
          },
        ],
      },
    );
    const applied = applyScenario(j, 's');
    if (!applied.ok) throw new Error('scenario fails');
    const c = compareAnalyses(j, analyzeJourney(j), applied.journey, analyzeJourney(applied.journey));
    // Day 90: 2025-01-01 + 89 = 2025-03-31; shifted by 30 days: 2025-04-30.
    expect(c.consequences).toContainEqual({
      code: 'milestoneMoves',
      id: 'sp',
      day: 90,
      from: '2025-03-31',
      to: '2025-04-30',
    });
    // 18 months of an introduktionsjobb: past the 12 of förordning 2018:42 10 §, within the 24.
    expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
  });
});
