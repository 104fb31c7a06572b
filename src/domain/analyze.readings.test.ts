/** `analyzeJourney`: how the spec is read where its words allow more than one reading, one reading per test. */
import { describe, expect, it } from 'vitest';
import { applyScenario, parseJourney } from './index';
import { journey, iv, analyze, item } from './testing/analyzeBuilders';

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
