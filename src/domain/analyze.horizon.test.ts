/** `analyzeJourney`: the horizon of a journey and the status of each intervention on asOf (docs/format.md, "Horizon"). */
import { describe, expect, it } from 'vitest';
import { type Analysis } from './index';
import { journey, iv, mandate, greyzone, analyze, noFindings } from './testing/analyzeBuilders';

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
