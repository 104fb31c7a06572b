/**
 * The contract's second review (issue 21, 2026-12): what runs beside the main line, sickness
 * counted in calendar days of sickness, the steps for the employed, and two more limits. One
 * `describe` per change, each named with its statute; the arithmetic is in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_KINDS,
  type Journey,
  alignCohort,
  analyzeJourney,
  applyScenario,
  isParallel,
  parseJourney,
} from './index';

type Loose = Record<string, unknown>;

function data(interventions: Loose[], more: Loose = {}, participant: Loose = {}): Loose {
  return {
    format: 'journey',
    version: 1,
    id: 'j',
    participant: { ref: 'P-1', ...participant },
    interventions,
    ...more,
  };
}
function journey(interventions: Loose[], more: Loose = {}, participant: Loose = {}): Journey {
  const parsed = parseJourney(JSON.stringify(data(interventions, more, participant)));
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}
const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });
const kind = (id: string) => BUILT_IN_KINDS.find((k) => k.id === id)!;

/**
 * The participant of issue 21: sfi since January 2024, still going; a försteg that ended
 * 2024-11-21; nothing until an arbetspraktik on 2025-02-02; then an introduktionsjobb.
 * Wait: 2024-11-22..2025-02-01 = 9 + 31 + 31 + 1 = 72 days.
 */
const newlyArrived = (sfi: Loose) =>
  journey(
    [
      iv('sfi', 'sfi', '2024-01-08', sfi),
      iv('f', 'forsteg', '2024-09-02', { end: '2024-11-21' }),
      iv('p', 'arbetspraktik', '2025-02-02', { end: '2025-06-01' }),
      iv('ij', 'introduktionsjobb', '2025-06-02', { plannedEnd: '2026-01-15' }),
    ],
    { asOf: '2025-12-01' },
  );

describe('parallel interventions run beside the main line (journey-format.md section 3)', () => {
  it('default by kind and extent: språkstöd, sfi below 50 %; its own `parallel` wins', () => {
    expect(isParallel({}, kind('sprakstod'))).toBe(true);
    expect(isParallel({ extent: 49 }, kind('sfi'))).toBe(true);
    expect(isParallel({ extent: 50 }, kind('sfi'))).toBe(false);
    expect(isParallel({}, kind('sfi'))).toBe(false); // no extent: the main activity
    expect(isParallel({ extent: 20 }, kind('komvux'))).toBe(false);
    expect(isParallel({ parallel: false }, kind('sprakstod'))).toBe(false);
    expect(isParallel({ parallel: true, extent: 100 }, kind('sfi'))).toBe(true);
  });

  it('an sfi marked parallel shows the 72-day wait, the gap and the cliff it hid', () => {
    const beside = analyzeJourney(newlyArrived({ parallel: true }));
    expect(beside.forstegWaits).toEqual([
      { forsteg: 'f', start: '2024-11-22', end: '2025-02-01', days: 72, next: 'p', open: false, noNextStep: false },
    ]);
    // Before the försteg nothing on the main line either: 2024-01-08..2024-09-01.
    expect(beside.gaps.map((g) => [g.start, g.end, g.before, g.after])).toEqual([
      ['2024-01-08', '2024-09-01', [], ['f']],
      ['2024-11-22', '2025-02-01', ['f'], ['p']],
    ]);
    // The introduktionsjobb ends 2026-01-15, 45 days after asOf, and the ongoing sfi is not "something after".
    // Headroom: limit 2025-06-02 + 24 months - 1 day = 2027-06-01; 2026-01-15 + 16 months = 2027-05-15 fits, + 17 does not.
    expect(beside.cliffs).toEqual([{ intervention: 'ij', end: '2026-01-15', daysLeft: 45, headroomMonths: 16 }]);
    // Horizon and the analysed list still hold the sfi.
    expect(beside.horizon?.from).toBe('2024-01-08');
    expect(beside.interventions.map((a) => a.id)).toContain('sfi');

    const main = analyzeJourney(newlyArrived({ parallel: false }));
    expect(main.forstegWaits[0]).toMatchObject({ days: 0, next: 'sfi' });
    expect(main.gaps).toEqual([]);
    expect(main.cliffs).toEqual([]);
  });

  it('a parallel försteg has no wait; a day covered only by parallel interventions can be a grey zone', () => {
    const a = analyzeJourney(
      journey(
        [
          iv('k', 'kommunal-insats', '2025-01-01', { end: '2025-01-31' }),
          iv('f', 'forsteg', '2025-01-01', { end: '2025-01-20', parallel: true }),
          iv('s', 'sprakstod', '2025-02-01', { end: '2025-02-10' }),
          iv('p', 'arbetspraktik', '2025-02-11', { end: '2025-03-31' }),
        ],
        { asOf: '2025-03-31' },
      ),
    );
    expect(a.forstegWaits).toEqual([]);
    // 02-01..02-10: only the språkstöd: a gap, and a grey zone from the kommun to AF.
    expect(a.gaps.map((g) => [g.start, g.end])).toEqual([['2025-02-01', '2025-02-10']]);
    expect(a.greyZones.map((z) => [z.start, z.end, z.fromActors, z.toActors])).toEqual([
      ['2025-02-01', '2025-02-10', ['kommun'], ['af']],
    ]);
  });

  it('a parallel intervention is no cliff of its own, but counts for employmentDays and supportedUntil', () => {
    const a = analyzeJourney(
      journey(
        [
          iv('job', 'anstallning', '2025-01-01', { end: '2025-12-31', actor: 'arbetsgivare', parallel: true }),
          iv('k', 'komvux', '2025-01-01', { end: '2025-12-31' }),
        ],
        { asOf: '2025-12-01' },
      ),
    );
    expect(a.cliffs.map((c) => c.intervention)).toEqual(['k']);
    expect(a.totals.employmentDays).toBe(365);
    expect(a.totals.supportedUntil).toBe('2025-12-31');
  });

  it('a custom kind may say `parallel` (section 2)', () => {
    const j = journey(
      [
        iv('m', 'mentor', '2025-01-01', { end: '2025-03-31' }),
        iv('p', 'arbetspraktik', '2025-01-01', { end: '2025-01-31' }),
      ],
      {
        asOf: '2025-03-31',
        kinds: [{ id: 'mentor', label: 'Mentor', category: 'ovrigt', defaultActor: 'kommun', parallel: true }],
      },
    );
    expect(analyzeJourney(j).gaps.map((g) => [g.start, g.end])).toEqual([['2025-02-01', '2025-03-31']]);
  });

  it("the alignment's activity state and forstegEnd anchor leave parallel interventions out (section 7)", () => {
    const j = newlyArrived({ parallel: true });
    const al = alignCohort([j], { asOf: '2025-12-01', anchor: 'forstegEnd', from: 0, to: 0 });
    // Day 0 is 2024-11-22: only the parallel sfi covers it; AF has no mandate: a grey zone.
    expect(al.days[0]).toMatchObject({ offset: 0, activity: 0, greyZone: 1 });
    const onlyParallel = journey([iv('f', 'forsteg', '2025-01-01', { end: '2025-01-31', parallel: true })], {
      asOf: '2025-03-01',
    });
    expect(alignCohort([onlyParallel], { asOf: '2025-03-01', anchor: 'forstegEnd', from: 0, to: 0 }).excluded).toBe(1);
  });
});

describe('sickness is counted in calendar days of sickness (socialförsäkringsbalken 27 kap. 51 §: sickFrom)', () => {
  const job = iv('job', 'anstallning', '2020-01-01', { actor: 'arbetsgivare' });

  it('day 90 counts from the first sick day, the employer’s sick-pay days included', () => {
    // Sick from 2025-03-01, sjukpenning from day 15 (03-15): day 90 = 03-01 + 89 = 05-29.
    const a = analyzeJourney(
      journey([job, iv('sp', 'sjukpenning', '2025-03-15', { sickFrom: '2025-03-01' })], { asOf: '2025-04-01' }),
    );
    expect(a.sicknessMilestones.map((m) => [m.day, m.date])).toEqual([
      [90, '2025-05-29'],
      [180, '2025-08-27'],
      [365, '2026-02-28'],
    ]);
  });

  it('sickFrom after start, or not a date, is an error with its place; on other kinds it is kept and not read', () => {
    const after = parseJourney(
      JSON.stringify(data([iv('sp', 'sjukpenning', '2025-03-15', { sickFrom: '2025-03-16' })])),
    );
    expect(after.ok).toBe(false);
    if (!after.ok)
      expect(after.errors.map((e) => [e.path, e.code])).toEqual([['interventions[0].sickFrom', 'sickFromAfterStart']]);
    const notDate = parseJourney(JSON.stringify(data([iv('sp', 'sjukpenning', '2025-03-15', { sickFrom: 'mars' })])));
    expect(notDate.ok).toBe(false);
    if (!notDate.ok)
      expect(notDate.errors.map((e) => [e.path, e.code])).toEqual([['interventions[0].sickFrom', 'notDate']]);
    const other = parseJourney(JSON.stringify(data([iv('k', 'komvux', '2025-03-15', { sickFrom: 'mars' })])));
    expect(other.ok).toBe(true);
    if (other.ok) expect(other.journey.interventions[0].sickFrom).toBe('mars');
  });

  it('a shift moves sickFrom with the spell (section 6)', () => {
    const j = journey([iv('sp', 'sjukpenning', '2025-03-15', { sickFrom: '2025-03-01' })], {
      scenarios: [{ id: 's', name: 's', changes: [{ op: 'shift', intervention: 'sp', days: 10 }] }],
    });
    const r = applyScenario(j, 's');
    expect(r.ok && r.journey.interventions[0]).toMatchObject({ start: '2025-03-25', sickFrom: '2025-03-11' });
  });

  it('a sickFrom earlier than the spell’s start joins a period the start alone would not (27 kap. 51 §)', () => {
    // a ends 2025-01-31; b's sjukpenning starts 05-15 (103 days later) but the sickness began 04-20 (78 days).
    const b = { sickFrom: '2025-04-20' };
    const joined = analyzeJourney(
      journey(
        [job, iv('a', 'sjukpenning', '2025-01-01', { end: '2025-01-31' }), iv('b', 'sjukpenning', '2025-05-15', b)],
        {
          asOf: '2025-05-15',
        },
      ),
    );
    // 31 days in a, then day 32 is 04-20: day 90 = 04-20 + 58 = 06-17.
    expect(joined.sicknessMilestones[0]).toMatchObject({ day: 90, date: '2025-06-17', interventions: ['a', 'b'] });
  });
});

describe('the steps at day 90 and 180 apply to people with an employment (socialförsäkringsbalken 27 kap. 46 §)', () => {
  it('a period without employment lists its milestones as plain day marks, never upcoming', () => {
    const a = analyzeJourney(journey([iv('sp', 'sjukpenning', '2025-01-01')], { asOf: '2025-03-01' }));
    expect(a.sicknessMilestones.map((m) => [m.day, m.employed, m.future, m.upcoming])).toEqual([
      [90, false, true, false],
      [180, false, true, false],
      [365, false, true, false],
    ]);
  });

  it('employed when an anställning covers the first counted day (sickFrom, not the sjukpenning start)', () => {
    // The job ends 03-10: it covers sickFrom 03-01 but not the sjukpenning's start 03-15.
    const a = analyzeJourney(
      journey(
        [
          iv('ij', 'introduktionsjobb', '2024-03-11', { end: '2025-03-10' }),
          iv('sp', 'sjukpenning', '2025-03-15', { sickFrom: '2025-03-01' }),
        ],
        { asOf: '2025-05-01' },
      ),
    );
    expect(a.sicknessMilestones[0]).toMatchObject({ day: 90, date: '2025-05-29', employed: true, upcoming: true });
    const without = analyzeJourney(
      journey(
        [iv('ij', 'introduktionsjobb', '2024-03-11', { end: '2025-03-10' }), iv('sp', 'sjukpenning', '2025-03-15')],
        { asOf: '2025-05-01' },
      ),
    );
    expect(without.sicknessMilestones[0]).toMatchObject({ day: 90, employed: false, upcoming: false });
  });
});

describe('introduktionsjobb across decisions (förordning 2018:42 11 §)', () => {
  it('earlier time in the programme counts towards the maximum', () => {
    // ij1 2022-03-01..2022-11-30 = 275 days; ij2: 2023-02-01 + 24 months - 1 day = 2025-01-31, - 275 = 2024-05-01.
    const a = analyzeJourney(
      journey(
        [
          iv('ij1', 'introduktionsjobb', '2022-03-01', { end: '2022-11-30' }),
          iv('ij2', 'introduktionsjobb', '2023-02-01', { plannedEnd: '2024-01-31' }),
        ],
        { asOf: '2023-03-01' },
      ),
    );
    expect(a.interventions.map((x) => [x.id, x.ruleLimit])).toEqual([
      ['ij1', '2024-02-29'],
      ['ij2', '2024-05-01'],
    ]);
  });

  it('each earlier day counts once and only before the start; cancelled ones do not count', () => {
    const a = analyzeJourney(
      journey(
        [
          // Overlapping: 2021-01-01..2021-01-31 and 2021-01-15..2021-02-14 cover 45 days together.
          iv('a', 'introduktionsjobb', '2021-01-01', { end: '2021-01-31' }),
          iv('b', 'introduktionsjobb', '2021-01-15', { end: '2021-02-14' }),
          iv('x', 'introduktionsjobb', '2021-03-01', { end: '2021-12-31', cancelled: true }),
          iv('c', 'introduktionsjobb', '2022-06-01', { end: '2022-06-10' }),
        ],
        { asOf: '2022-06-05' },
      ),
    );
    // c: 2022-06-01 + 24 months - 1 day = 2024-05-31, minus 45 days = 2024-04-16.
    expect(a.interventions.find((x) => x.id === 'c')?.ruleLimit).toBe('2024-04-16');
    // b: the 14 days of a before 2021-01-15 count: 2021-01-15 + 36 months (SFS 2020:224, started in the window) - 1 day
    // = 2024-01-14, minus 14 = 2023-12-31. a itself has nothing before it.
    expect(a.interventions.find((x) => x.id === 'b')?.ruleLimit).toBe('2023-12-31');
    expect(a.interventions.find((x) => x.id === 'a')?.ruleLimit).toBe('2023-12-31');
  });
});

describe('aktivitetsersättning ends before the 30th birthday (socialförsäkringsbalken 33 kap.)', () => {
  it('ruleLimit is (birthYear + 30)-11-30; none without a birth year', () => {
    const ae = iv('ae', 'aktivitetsersattning', '2024-07-01', { plannedEnd: '2027-06-30' });
    const a = analyzeJourney(journey([ae], { asOf: '2025-06-15' }, { birthYear: 1996 }));
    expect(a.interventions[0]).toMatchObject({ ruleLimit: '2026-11-30', exceedsMaximum: true });
    expect(analyzeJourney(journey([ae], { asOf: '2025-06-15' })).interventions[0].ruleLimit).toBeNull();
  });

  it('warns ageUncertain at the intervention when its end falls after (birthYear + 29)-12-31', () => {
    const warned = (end: string) => {
      const r = parseJourney(
        JSON.stringify(data([iv('ae', 'aktivitetsersattning', '2024-07-01', { end })], {}, { birthYear: 1996 })),
      );
      if (!r.ok) throw new Error('invalid');
      return r.warnings.filter((w) => w.code === 'ageUncertain').map((w) => w.path);
    };
    expect(warned('2025-12-31')).toEqual([]);
    expect(warned('2026-01-01')).toEqual(['interventions[0]']);
  });
});

describe('catalogue and sources (shared/domain-rules.md, 2026-12)', () => {
  it('arbetsträning has no total in förordningen (2000:634) 7 §', () => {
    expect(kind('arbetstraning').maxTotalMonths).toBeUndefined();
    expect(kind('arbetstraning').maxMonthsPerDecision).toBe(6);
  });
  it('ekonomiskt bistånd cites socialtjänstlagen (2025:400); the circular 2003:104 is Svenska Kommunförbundet’s', () => {
    expect(kind('ekonomiskt-bistand').source?.sv).toContain('2025:400');
    expect(kind('arbetsplatsintroduktion').source?.sv).toContain('Svenska Kommunförbundets cirkulär 2003:104');
  });
  it('lönebidrag för anställning: the 8-year total is marked unconfirmed (förordningen (2017:462) 31 §)', () => {
    expect(kind('lonebidrag').totalUnconfirmed).toBe(true);
  });
  it('no source says "tak" for a time limit, and every förordning is cited in one form', () => {
    for (const k of BUILT_IN_KINDS) {
      for (const text of [k.source?.sv ?? '', k.review?.note.sv ?? '', k.beyondLimit?.sv ?? '']) {
        expect(text, k.id).not.toMatch(/\btak/i);
        expect(text, k.id).not.toMatch(/[Ff]örordning \d{4}:\d+/);
      }
    }
  });
});
