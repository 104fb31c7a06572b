/** `analyzeJourney`: waiting after a försteg (docs/format.md, "Waits after försteg"). */
import { describe, expect, it } from 'vitest';
import { journey, iv, analyze } from './testing/analyzeBuilders';

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
