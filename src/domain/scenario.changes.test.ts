/** Scenarios (docs/format.md, "Scenarios"): each change (extend, shift, startAfter, add, remove) applied to a copy. */
import { describe, expect, it } from 'vitest';
import { analyzeJourney, applyScenario } from './index';
import { iv, journey, applied, find, endOf } from './testing/scenarioBuilders';

describe('extend', () => {
  it('moves `end` by the months when the intervention has an end', () => {
    // 2025-08-31 + 6 months = 2026-02-28 (clamped).
    const j = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-08-31' })],
      [{ op: 'extend', intervention: 'a', months: 6 }],
    );
    const r = applied(j);
    expect(find(r, 'a')).toEqual({ id: 'a', kind: 'komvux', start: '2025-01-07', end: '2026-02-28' });
  });

  it('adds one more extension when there is no end (plannedEnd)', () => {
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', {
          plannedEnd: '2025-06-30',
          extensions: [{ months: 2, decidedOn: '2025-05-01' }],
        }),
      ],
      [{ op: 'extend', intervention: 'a', months: 6 }],
    );
    const r = applied(j);
    expect(find(r, 'a')).toEqual({
      id: 'a',
      kind: 'komvux',
      start: '2025-01-07',
      plannedEnd: '2025-06-30',
      extensions: [{ months: 2, decidedOn: '2025-05-01' }, { months: 6 }],
    });
    // 2025-06-30 + 2 months = 2025-08-30, + 6 months = 2026-02-28.
    expect(endOf(r, 'a')).toBe('2026-02-28');
  });

  it('adds one more extension to an end from the kind’s months per decision', () => {
    // arbetspraktik from 2025-03-10: 2025-09-09, + 3 months = 2025-12-09.
    const j = journey([iv('a', 'arbetspraktik', '2025-03-10')], [{ op: 'extend', intervention: 'a', months: 3 }]);
    const r = applied(j);
    expect(find(r, 'a').extensions).toEqual([{ months: 3 }]);
    expect(endOf(r, 'a')).toBe('2025-12-09');
  });

  it('cannot extend an open-ended intervention', () => {
    const j = journey(
      [iv('a', 'komvux', '2025-01-07'), iv('b', 'sfi', '2025-01-07', { end: '2025-02-28' })],
      [
        { op: 'extend', intervention: 'b', months: 1 },
        { op: 'extend', intervention: 'a', months: 6 },
      ],
    );
    const r = applyScenario(j, 's');
    expect(r).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'scenarios[0].changes[1].intervention', code: 'openEnded' })],
    });
  });

  it('with cascade, shifts every other intervention that starts after the old effective end by the days it moved', () => {
    // a ends 2025-03-31; + 2 months = 2025-05-31: the end moved 30 + 31 = 61 days.
    const j = journey(
      [
        iv('a', 'arbetspraktik', '2025-01-07', { end: '2025-03-31' }),
        iv('b', 'komvux', '2025-04-01', { end: '2025-06-30' }),
        iv('c', 'sfi', '2025-03-01', { end: '2025-05-30' }),
        iv('d', 'sfi', '2025-03-31', { end: '2025-04-30' }),
        iv('e', 'kartlaggning', '2025-07-01', { plannedEnd: '2025-09-30', extensions: [{ months: 1 }] }),
      ],
      [{ op: 'extend', intervention: 'a', months: 2, cascade: true }],
    );
    const r = applied(j);
    expect(find(r, 'a').end).toBe('2025-05-31');
    expect(find(r, 'b')).toMatchObject({ start: '2025-06-01', end: '2025-08-30' });
    // c starts before and d on the old end: they stay.
    expect(find(r, 'c')).toMatchObject({ start: '2025-03-01', end: '2025-05-30' });
    expect(find(r, 'd')).toMatchObject({ start: '2025-03-31', end: '2025-04-30' });
    // plannedEnd moves with start; the extension stays an extension.
    expect(find(r, 'e')).toMatchObject({ start: '2025-08-31', plannedEnd: '2025-11-30', extensions: [{ months: 1 }] });
  });

  it('with cascade, moves the others by the days a projected end moved', () => {
    // ij: 2025-02-03 + 12 months - 1 day = 2026-02-02; + 6 months = 2026-08-02: 181 days later.
    const j = journey(
      [iv('ij', 'introduktionsjobb', '2025-02-03'), iv('job', 'anstallning', '2026-02-03')],
      [{ op: 'extend', intervention: 'ij', months: 6, cascade: true }],
    );
    const r = applied(j);
    expect(endOf(r, 'ij')).toBe('2026-08-02');
    expect(find(r, 'job').start).toBe('2026-08-03');
  });

  it('without cascade, leaves the others where they are', () => {
    const interventions = [
      iv('a', 'arbetspraktik', '2025-01-07', { end: '2025-03-31' }),
      iv('b', 'komvux', '2025-04-01', { end: '2025-06-30' }),
    ];
    const r = applied(journey(interventions, [{ op: 'extend', intervention: 'a', months: 2 }]));
    expect(find(r, 'b')).toEqual(interventions[1]);
  });
});

describe('shift', () => {
  const base = [
    iv('early', 'komvux', '2025-02-03', { end: '2025-02-28' }),
    iv('t', 'komvux', '2025-03-03', { end: '2025-04-30', plannedEnd: '2025-05-30', extensions: [{ months: 1 }] }),
    iv('same', 'sfi', '2025-03-03', { end: '2025-03-31' }),
    iv('later', 'arbetspraktik', '2025-05-05', { plannedEnd: '2025-08-29' }),
  ];

  it('moves start, end and plannedEnd later by positive days', () => {
    const r = applied(journey(base, [{ op: 'shift', intervention: 't', days: 10 }]));
    expect(find(r, 't')).toEqual({
      id: 't',
      kind: 'komvux',
      start: '2025-03-13',
      end: '2025-05-10',
      plannedEnd: '2025-06-09',
      extensions: [{ months: 1 }],
    });
  });

  it('moves them earlier by negative days, across a month and year', () => {
    const r = applied(journey(base, [{ op: 'shift', intervention: 't', days: -65 }]));
    expect(find(r, 't')).toMatchObject({ start: '2024-12-28', end: '2025-02-24', plannedEnd: '2025-03-26' });
  });

  it('without cascade, moves nothing else', () => {
    const r = applied(journey(base, [{ op: 'shift', intervention: 't', days: 10 }]));
    expect(r.interventions.filter((i) => i.id !== 't')).toEqual(base.filter((i) => i.id !== 't'));
  });

  it('with cascade, moves every other intervention that starts on or after the old start', () => {
    const r = applied(journey(base, [{ op: 'shift', intervention: 't', days: 7, cascade: true }]));
    expect(find(r, 'early')).toEqual(base[0]);
    expect(find(r, 't')).toMatchObject({ start: '2025-03-10', end: '2025-05-07' });
    expect(find(r, 'same')).toMatchObject({ start: '2025-03-10', end: '2025-04-07' });
    expect(find(r, 'later')).toMatchObject({ start: '2025-05-12', plannedEnd: '2025-09-05' });
  });

  it('by 0 days changes nothing', () => {
    const j = journey(base, [{ op: 'shift', intervention: 't', days: 0, cascade: true }]);
    expect(applied(j).interventions).toEqual(j.interventions);
  });
});

describe('startAfter', () => {
  const base = [
    iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' }),
    iv('n', 'komvux', '2025-05-05', { end: '2025-06-30' }),
    iv('o', 'sfi', '2025-05-05', { end: '2025-06-30' }),
  ];

  it('starts the intervention the day after `after`’s effective end by default, keeping its length', () => {
    // reading of the spec: gapDays (default 0) counts the empty days between, so 0 is the next day.
    // n moves 34 days earlier: 2025-05-05 → 2025-04-01, 2025-06-30 → 2025-05-27.
    const r = applied(journey(base, [{ op: 'startAfter', intervention: 'n', after: 'f' }]));
    expect(find(r, 'n')).toEqual({ id: 'n', kind: 'komvux', start: '2025-04-01', end: '2025-05-27' });
  });

  it('leaves gapDays empty days between with gapDays', () => {
    const r = applied(journey(base, [{ op: 'startAfter', intervention: 'n', after: 'f', gapDays: 3 }]));
    expect(find(r, 'n')).toMatchObject({ start: '2025-04-04', end: '2025-05-30' });
  });

  it('is a shift without cascade: nothing else moves', () => {
    const r = applied(journey(base, [{ op: 'startAfter', intervention: 'n', after: 'f' }]));
    expect(find(r, 'o')).toEqual(base[2]);
    expect(find(r, 'f')).toEqual(base[0]);
  });

  it('moves an intervention later too', () => {
    const r = applied(
      journey(
        [iv('a', 'komvux', '2025-01-07', { plannedEnd: '2025-03-31' }), iv('b', 'sfi', '2025-02-03')],
        [{ op: 'startAfter', intervention: 'b', after: 'a', gapDays: 14 }],
      ),
    );
    expect(find(r, 'b').start).toBe('2025-04-15');
  });

  it('uses a projected effective end (the kind’s months plus extensions)', () => {
    // arbetspraktik from 2025-01-07: 2025-07-06, + 1 month = 2025-08-06.
    const r = applied(
      journey(
        [iv('p', 'arbetspraktik', '2025-01-07', { extensions: [{ months: 1 }] }), iv('n', 'komvux', '2025-03-03')],
        [{ op: 'startAfter', intervention: 'n', after: 'p' }],
      ),
    );
    expect(find(r, 'n').start).toBe('2025-08-07');
  });

  it('fails when `after` has no finite effective end', () => {
    const r = applyScenario(
      journey(
        [iv('open', 'komvux', '2025-01-07'), iv('n', 'sfi', '2025-03-03')],
        [{ op: 'startAfter', intervention: 'n', after: 'open' }],
      ),
      's',
    );
    expect(r).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'scenarios[0].changes[0].after', code: 'noEnd' })],
    });
  });
});

describe('add and remove', () => {
  it('add appends an intervention', () => {
    const added = { id: 'new', kind: 'komvux', start: '2025-08-18', end: '2025-12-19', susId: 5 };
    const r = applied(
      journey([iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' })], [{ op: 'add', intervention: added }]),
    );
    expect(r.interventions.map((i) => i.id)).toEqual(['a', 'new']);
    expect(find(r, 'new')).toEqual(added);
  });

  it('add makes an intervention that later changes of the same scenario can use', () => {
    const r = applied(
      journey(
        [iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' })],
        [
          { op: 'add', intervention: { id: 'new', kind: 'arbetspraktik', start: '2025-09-01' } },
          { op: 'startAfter', intervention: 'new', after: 'a' },
          { op: 'extend', intervention: 'new', months: 2 },
        ],
      ),
    );
    // new starts 2025-06-14 and runs 6 months (to 2025-12-13) + 2 = 2026-02-13.
    expect(find(r, 'new')).toMatchObject({ start: '2025-06-14', extensions: [{ months: 2 }] });
    expect(endOf(r, 'new')).toBe('2026-02-13');
  });

  it('add fails on an id that is already used', () => {
    // The parser refuses this file already; the journey is built directly to test the scenario on its own.
    const j = journey(
      [iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' })],
      [{ op: 'add', intervention: { id: 'a', kind: 'komvux', start: '2025-08-18' } }],
      true,
    );
    expect(applyScenario(j, 's')).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'scenarios[0].changes[0].intervention.id', code: 'duplicateId' })],
    });
  });

  it('add fails when the new intervention ends before it starts', () => {
    const j = journey(
      [iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' })],
      [{ op: 'add', intervention: { id: 'b', kind: 'komvux', start: '2025-08-18', end: '2025-08-01' } }],
      true,
    );
    const r = applyScenario(j, 's');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.errors) expect(e).toMatchObject({ path: 'scenarios[0].changes[0]', code: 'endBeforeStart' });
    expect(r.errors.map((e) => e.message)).toContain(
      'makes interventions[1].end "2025-08-01" is before the start "2025-08-18"',
    );
  });

  it('remove marks the intervention cancelled and keeps it', () => {
    const r = applied(
      journey(
        [iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' }), iv('b', 'komvux', '2025-02-03')],
        [{ op: 'remove', intervention: 'b' }],
      ),
    );
    expect(find(r, 'b')).toEqual({ id: 'b', kind: 'komvux', start: '2025-02-03', cancelled: true });
    expect(analyzeJourney(r).interventions.map((i) => i.status)).toEqual(['ongoing', 'cancelled']);
  });
});
