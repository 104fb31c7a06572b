/** Gaps by preceding kind and hand-overs between actors across hand-made cohorts (section 7). */
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyze';
import { ASOF, journey } from './fixtures';
import { analyzeCohort } from './figures';

describe('gaps by preceding kind', () => {
  // G1: sfi and komvux both end 03-31 → gap 04-01..04-10 (10 days) after both kinds;
  //     two arbetspraktik end 06-30 → gap 07-01..07-20 (20 days) after one kind;
  //     komvux 07-21..12-31 runs to asOf: no gap at the end.
  const g1 = journey('g1', [
    { kind: 'sfi', start: '2025-01-01', end: '2025-03-31' },
    { kind: 'komvux', start: '2025-02-01', end: '2025-03-31' },
    { kind: 'arbetspraktik', start: '2025-04-11', end: '2025-06-30' },
    { kind: 'arbetspraktik', start: '2025-05-01', end: '2025-06-30' },
    { kind: 'komvux', start: '2025-07-21', end: '2025-12-31' },
  ]);
  // G2: the horizon starts with AF's mandate on 01-01, the praktik on 01-16: gap 01-01..01-15 (15 days), nothing before it.
  const g2 = journey('g2', [{ kind: 'arbetspraktik', start: '2025-01-16', end: '2025-12-31' }], {
    mandates: [{ id: 'm1', actor: 'af', start: '2025-01-01' }],
  });
  // G3: no gap at all.
  const g3 = journey('g3', [{ kind: 'komvux', start: '2025-01-01', end: '2025-12-31' }]);

  it('counts a gap once for each distinct kind before it, and "" when nothing ended just before', () => {
    const { gaps } = analyzeCohort([g1, g2, g3], { asOf: ASOF });
    expect(gaps).toEqual({
      journeysWithGap: 2,
      days: 10 + 20 + 15,
      // By days descending, then kind by code unit: 20, 15, then komvux < sfi at 10.
      byPrecedingKind: [
        { kind: 'arbetspraktik', gaps: 1, days: 20 },
        { kind: '', gaps: 1, days: 15 },
        { kind: 'komvux', gaps: 1, days: 10 },
        { kind: 'sfi', gaps: 1, days: 10 },
      ],
    });
  });

  it('drops short gaps before counting them (ignoreGapsUpToDays)', () => {
    const { gaps } = analyzeCohort([g1, g2, g3], { asOf: ASOF, ignoreGapsUpToDays: 10 });
    expect(gaps.byPrecedingKind).toEqual([
      { kind: 'arbetspraktik', gaps: 1, days: 20 },
      { kind: '', gaps: 1, days: 15 },
    ]);
    expect(gaps.days).toBe(35);
  });
});

describe('hand-overs', () => {
  // H1: sjukpenning (fk) and rehabilitering (region) both end 03-31; AF's mandate starts 04-21:
  //     zone 04-01..04-20 (20 days) from [fk, region] to [af].
  const h1 = journey(
    'h1',
    [
      { kind: 'sjukpenning', start: '2025-01-01', end: '2025-03-31' },
      { kind: 'rehabilitering', start: '2025-02-01', end: '2025-03-31' },
    ],
    { mandates: [{ id: 'm1', actor: 'af', start: '2025-04-21' }] },
  );
  // H2: sjukpenning ends 05-31 and nobody takes over: zone 06-01..12-31 = 30+31+31+30+31+30+31 = 214 days, to [] → "".
  const h2 = journey('h2', [{ kind: 'sjukpenning', start: '2025-01-01', end: '2025-05-31' }]);
  // H3: fk → af twice (02-01..02-10, 10 days; 04-01..04-07, 7 days), af → fk once (03-01..03-05, 5 days),
  //     and a manual grey zone 06-01..06-10 (10 days) that is no hand-over.
  const h3 = journey(
    'h3',
    [
      { kind: 'sjukpenning', start: '2025-01-01', end: '2025-01-31' },
      { kind: 'sjukpenning', start: '2025-03-06', end: '2025-03-31' },
    ],
    {
      mandates: [
        { id: 'm1', actor: 'af', start: '2025-02-11', end: '2025-02-28' },
        { id: 'm2', actor: 'af', start: '2025-04-08' },
      ],
      annotations: [{ id: 'a1', type: 'greyzone', start: '2025-06-01', end: '2025-06-10' }],
    },
  );

  it('reads the zones as the comments say', () => {
    const zones = analyzeJourney(h3, { asOf: ASOF }).greyZones.map((z) => [
      z.start,
      z.days,
      z.fromActors,
      z.toActors,
      z.manual,
    ]);
    expect(zones).toEqual([
      ['2025-02-01', 10, ['fk'], ['af'], false],
      ['2025-03-01', 5, ['af'], ['fk'], false],
      ['2025-04-01', 7, ['fk'], ['af'], false],
      ['2025-06-01', 10, [], [], true],
    ]);
  });

  it('counts each pair of a from-actor and a to-actor, with zones, days and distinct journeys', () => {
    const { greyZones } = analyzeCohort([h1, h2, h3], { asOf: ASOF });
    expect(greyZones).toEqual({
      journeysWithGreyZone: 3,
      days: 20 + 214 + (10 + 5 + 7 + 10), // the manual zone counts in the journey's greyZoneDays
      handovers: [
        { from: 'fk', to: '', zones: 1, days: 214, journeys: 1 },
        { from: 'fk', to: 'af', zones: 3, days: 20 + 10 + 7, journeys: 2 }, // h1 once, h3 twice
        { from: 'region', to: 'af', zones: 1, days: 20, journeys: 1 },
        { from: 'af', to: 'fk', zones: 1, days: 5, journeys: 1 },
      ],
    });
  });

  it('reading of the spec: a journey with only a manual grey zone counts in journeysWithGreyZone and in no hand-over', () => {
    const manual = journey('m', [{ kind: 'komvux', start: '2025-01-01', end: '2025-12-31' }], {
      annotations: [{ id: 'a1', type: 'greyzone', start: '2025-03-01', end: '2025-03-04' }],
    });
    expect(analyzeCohort([manual], { asOf: ASOF }).greyZones).toEqual({
      journeysWithGreyZone: 1,
      days: 4,
      handovers: [],
    });
  });

  it('reading of the spec: actor ids sort by code unit, so "Z…" comes before "a…"', () => {
    const custom = journey('c', [{ kind: 'komvux', actor: 'Zeta', start: '2025-01-01', end: '2025-05-31' }], {
      actors: [{ id: 'Zeta', label: 'Zeta' }],
      mandates: [{ id: 'm1', actor: 'af', start: '2025-01-01', end: '2025-05-31' }],
    });
    // Both end 05-31, nobody after: one zone 06-01..12-31 (214 days) from [Zeta, af] (sorted) to "".
    expect(analyzeCohort([custom], { asOf: ASOF }).greyZones.handovers.map((h) => h.from)).toEqual(['Zeta', 'af']);
  });
});
