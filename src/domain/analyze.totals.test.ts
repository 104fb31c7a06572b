/** `analyzeJourney`: the totals (docs/format.md, "Totals"), and cancelled interventions, which count nowhere but in the list. */
import { describe, expect, it } from 'vitest';
import { type Loose, journey, iv, mandate, analyze } from './testing/analyzeBuilders';

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
