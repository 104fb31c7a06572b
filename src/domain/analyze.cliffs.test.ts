/** `analyzeJourney`: cliffs and headroom (docs/format.md, "Cliffs and headroom"). */
import { describe, expect, it } from 'vitest';
import { journey, iv, mandate, analyze, item } from './testing/analyzeBuilders';

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
