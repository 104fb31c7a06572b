/** `analyzeJourney`: gaps (docs/format.md, "Gaps"). */
import { describe, expect, it } from 'vitest';
import { journey, iv, mandate, analyze } from './testing/analyzeBuilders';

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
