/** Scenarios (journey-format.md section 6): changes applied to a copy, change by change. */
import { describe, expect, it } from 'vitest';
import {
  type Journey,
  analyzeJourney,
  applyScenario,
  applyScenarios,
  compareAnalyses,
  parseJourney,
  serializeJourney,
} from './index';

type Loose = Record<string, unknown>;

const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });

/** A journey with one scenario `s` made of `changes`; checked by the parser unless `raw`. */
function journey(interventions: Loose[], changes: Loose[], raw = false): Journey {
  const data = {
    format: 'journey',
    version: 1,
    id: 'j',
    participant: { ref: 'P-1' },
    asOf: '2025-06-01',
    interventions,
    scenarios: [{ id: 's', name: 'Scenario', changes }],
  };
  if (raw) return data as unknown as Journey;
  const parsed = parseJourney(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

function applied(j: Journey, id = 's'): Journey {
  const r = applyScenario(j, id);
  if (!r.ok) throw new Error(`scenario failed: ${JSON.stringify(r.errors)}`);
  return r.journey;
}

const find = (j: Journey, id: string) => {
  const found = j.interventions.find((i) => i.id === id);
  if (!found) throw new Error(`no intervention ${id}`);
  return found;
};
const endOf = (j: Journey, id: string) => analyzeJourney(j).interventions.find((i) => i.id === id)?.effectiveEnd;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

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

describe('failures', () => {
  it.each([
    ['extend', { op: 'extend', intervention: 'zz', months: 1 }, 'scenarios[0].changes[1].intervention'],
    ['shift', { op: 'shift', intervention: 'zz', days: 1 }, 'scenarios[0].changes[1].intervention'],
    ['startAfter', { op: 'startAfter', intervention: 'zz', after: 'a' }, 'scenarios[0].changes[1].intervention'],
    ['startAfter (after)', { op: 'startAfter', intervention: 'a', after: 'zz' }, 'scenarios[0].changes[1].after'],
    ['remove', { op: 'remove', intervention: 'zz' }, 'scenarios[0].changes[1].intervention'],
  ])('%s naming a missing intervention fails with a path naming the change', (_, change, path) => {
    // Built directly: the parser already refuses such files, but an edit in the app can remove an intervention.
    const j = journey(
      [iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' })],
      [{ op: 'extend', intervention: 'a', months: 1 }, change],
      true,
    );
    expect(applyScenario(j, 's')).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path, code: 'unknownIntervention' })],
    });
  });

  it('names the scenario by its place in the list', () => {
    const j = {
      ...journey([iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' })], []),
      scenarios: [
        { id: 'ok', name: 'ok', changes: [] },
        { id: 'bad', name: 'bad', changes: [{ op: 'remove' as const, intervention: 'zz' }] },
      ],
    };
    expect(applyScenario(j, 'bad')).toMatchObject({
      ok: false,
      errors: [{ path: 'scenarios[1].changes[0].intervention' }],
    });
  });

  it('fails for a scenario id the journey does not have', () => {
    const r = applyScenario(journey([iv('a', 'sfi', '2025-01-07')], []), 'nope');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0].message).toMatch(/nope/);
  });

  it('fails when a shift moves a date out of the calendar', () => {
    const j = journey(
      [iv('a', 'sfi', '0001-01-10', { end: '0001-02-01' })],
      [{ op: 'shift', intervention: 'a', days: -400 }],
    );
    expect(applyScenario(j, 's')).toMatchObject({ ok: false, errors: [{ path: 'scenarios[0].changes[0]' }] });
  });
});

describe('the baseline', () => {
  const changes = [
    { op: 'extend', intervention: 'a', months: 2, cascade: true },
    { op: 'extend', intervention: 'p', months: 1 },
    { op: 'shift', intervention: 'b', days: -3, cascade: true },
    { op: 'startAfter', intervention: 'c', after: 'a', gapDays: 2 },
    { op: 'add', intervention: { id: 'd', kind: 'komvux', start: '2026-01-12', extensions: [] } },
    { op: 'remove', intervention: 'b' },
  ];
  const interventions = [
    iv('a', 'arbetspraktik', '2025-01-07', { end: '2025-03-31' }),
    iv('p', 'komvux', '2025-01-07', { plannedEnd: '2025-06-30', extensions: [{ months: 1 }] }),
    iv('b', 'komvux', '2025-04-01', { end: '2025-06-30' }),
    iv('c', 'sfi', '2025-08-18', { end: '2025-12-19' }),
  ];

  it('is never mutated by a scenario that succeeds (deep-frozen)', () => {
    const j = journey(interventions, changes);
    const before = structuredClone(j);
    deepFreeze(j);
    const r = applyScenario(j, 's');
    expect(r.ok).toBe(true);
    expect(j).toEqual(before);
  });

  it('is never mutated by a scenario that fails halfway', () => {
    const j = journey(interventions, [...changes, { op: 'extend', intervention: 'zz', months: 1 }], true);
    const before = structuredClone(j);
    deepFreeze(j);
    expect(applyScenario(j, 's').ok).toBe(false);
    expect(j).toEqual(before);
  });

  it('does not share objects with the result', () => {
    const j = journey(interventions, changes);
    const r = applied(j);
    find(r, 'd').extensions?.push({ months: 1 });
    find(r, 'p').extensions?.push({ months: 9 });
    expect(j.scenarios?.[0].changes[4]).toEqual(changes[4]);
    expect(find(j, 'p').extensions).toEqual([{ months: 1 }]);
  });

  it('gives a result whose interventions form a valid journey, unknown properties kept', () => {
    const j = journey([...interventions.slice(0, 3), { ...interventions[3], susId: 7 }], changes);
    const { scenarios, ...result } = applied(j);
    // The result still carries the scenario list (its `add` now names an id in use), so it is checked without it.
    expect(scenarios).toEqual(j.scenarios);
    const again = parseJourney(serializeJourney(result as Journey));
    expect(again.ok && again.journey).toEqual(result);
    expect(find(result as Journey, 'c').susId).toBe(7);
  });
});

describe('applyScenarios', () => {
  const interventions = [
    iv('a', 'arbetspraktik', '2025-01-07', { end: '2025-03-31' }),
    iv('b', 'komvux', '2025-05-05', { end: '2025-06-30' }),
  ];
  // Built inside each test (StrykerJS counts what runs while tests are collected as static).
  const j = () => ({
    ...journey(interventions, []),
    scenarios: [
      { id: 'longer', name: 'Förläng a', changes: [{ op: 'extend' as const, intervention: 'a', months: 1 }] },
      {
        id: 'close',
        name: 'b direkt efter a',
        changes: [{ op: 'startAfter' as const, intervention: 'b', after: 'a' }],
      },
      { id: 'broken', name: 'trasig', changes: [{ op: 'remove' as const, intervention: 'zz' }] },
    ],
  });

  it('applies several scenarios in the order given', () => {
    // a ends 2025-03-31, + 1 month = 2025-04-30; then b starts 2025-05-01.
    const r = applyScenarios(j(), ['longer', 'close']);
    expect(r.ok && [find(r.journey, 'a').end, find(r.journey, 'b').start]).toEqual(['2025-04-30', '2025-05-01']);
  });

  it('gives another result in the other order', () => {
    // b starts 2025-04-01 after the old end; then a is extended.
    const r = applyScenarios(j(), ['close', 'longer']);
    expect(r.ok && [find(r.journey, 'a').end, find(r.journey, 'b').start]).toEqual(['2025-04-30', '2025-04-01']);
  });

  it('fails when one of them fails', () => {
    expect(applyScenarios(j(), ['longer', 'broken', 'close']).ok).toBe(false);
  });

  it('returns the baseline for no scenarios', () => {
    const r = applyScenarios(j(), []);
    expect(r.ok && r.journey).toEqual(j());
  });
});

describe('the comparison of a scenario with the baseline (compareAnalyses)', () => {
  const compare = (base: Journey, scenario: Journey) =>
    compareAnalyses(base, analyzeJourney(base), scenario, analyzeJourney(scenario));
  const compareScenario = (j: Journey) => compare(j, applied(j));
  /** The baseline with intervention `id` replaced by `to` (a journey a scenario could not make on its own). */
  const edited = (j: Journey, id: string, to: Loose) =>
    journey(
      j.interventions.map((i) => (i.id === id ? to : (i as Loose))),
      [],
    );

  describe('what happened to each intervention', () => {
    const a = iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' });
    const b = iv('b', 'sfi', '2025-04-14', { end: '2025-06-13' });

    it('is "extended" when the effective end moves later, with both ends and an endMoves consequence', () => {
      // 2025-03-31 + 2 months = 2025-05-31.
      const c = compareScenario(journey([a, b], [{ op: 'extend', intervention: 'a', months: 2 }]));
      expect(c.interventions).toEqual([
        {
          id: 'a',
          change: 'extended',
          baseStart: '2025-01-07',
          baseEnd: '2025-03-31',
          scenarioStart: '2025-01-07',
          scenarioEnd: '2025-05-31',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'endMoves', id: 'a', from: '2025-03-31', to: '2025-05-31' });
    });

    it('is "extended" when the end goes away: an open-ended intervention goes on longer than any end', () => {
      const base = journey([a, b], []);
      const c = compare(base, edited(base, 'a', iv('a', 'komvux', '2025-01-07')));
      expect(c.interventions).toEqual([expect.objectContaining({ id: 'a', change: 'extended', scenarioEnd: null })]);
    });

    it('is "shortened" when the effective end moves earlier, with an endMoves consequence', () => {
      const base = journey([a, b], []);
      const c = compare(base, edited(base, 'a', { ...a, end: '2025-02-28' }));
      expect(c.interventions).toEqual([
        {
          id: 'a',
          change: 'shortened',
          baseStart: '2025-01-07',
          baseEnd: '2025-03-31',
          scenarioStart: '2025-01-07',
          scenarioEnd: '2025-02-28',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'endMoves', id: 'a', from: '2025-03-31', to: '2025-02-28' });
    });

    it('is "moved" when the start moves, whatever the end does, with a startMoves consequence', () => {
      // b shifted 14 days earlier: 2025-03-31..2025-05-30.
      const c = compareScenario(journey([a, b], [{ op: 'shift', intervention: 'b', days: -14 }]));
      expect(c.interventions).toEqual([
        {
          id: 'b',
          change: 'moved',
          baseStart: '2025-04-14',
          baseEnd: '2025-06-13',
          scenarioStart: '2025-03-31',
          scenarioEnd: '2025-05-30',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'startMoves', id: 'b', from: '2025-04-14', to: '2025-03-31' });
    });

    it('is "removed" when the scenario cancels it, with a removed consequence', () => {
      const c = compareScenario(journey([a, b], [{ op: 'remove', intervention: 'b' }]));
      expect(c.interventions).toEqual([
        {
          id: 'b',
          change: 'removed',
          baseStart: '2025-04-14',
          baseEnd: '2025-06-13',
          scenarioStart: '2025-04-14',
          scenarioEnd: '2025-06-13',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'removed', id: 'b' });
    });

    it('is "restored" when one cancelled in the baseline is not cancelled in the scenario', () => {
      const base = journey([a, { ...b, cancelled: true }], []);
      const c = compare(base, edited(base, 'b', b));
      expect(c.interventions).toEqual([
        {
          id: 'b',
          change: 'restored',
          baseStart: '2025-04-14',
          baseEnd: '2025-06-13',
          scenarioStart: '2025-04-14',
          scenarioEnd: '2025-06-13',
        },
      ]);
    });

    it('lists nothing for an intervention that is the same in both', () => {
      const j = journey([a, b], []);
      expect(compare(j, j).interventions).toEqual([]);
    });
  });

  describe('"no next step planned" is a finding that disappears and appears', () => {
    // F ends 2025-06-30, after asOf 2025-06-01: it is the horizon's end, and nothing is planned after it.
    const f = iv('f', 'forsteg', '2025-01-13', { end: '2025-06-30' });
    const k = iv('k', 'komvux', '2025-07-01', { end: '2025-12-19' });
    const waitOfF = { kind: 'wait', subject: 'f', start: null, end: null, days: 0 };

    it('disappears when the scenario plans a next step the day after the försteg', () => {
      const j = journey([f], [{ op: 'add', intervention: k }]);
      expect(analyzeJourney(j).forstegWaits[0].noNextStep).toBe(true);
      const c = compareScenario(j);
      // (F's cliff goes too; only the waits are looked at here.)
      expect(c.disappeared.filter((x) => x.kind === 'wait')).toEqual([expect.objectContaining(waitOfF)]);
      expect(c.appeared.filter((x) => x.kind === 'wait')).toEqual([]);
    });

    it('appears when the scenario removes the only next step', () => {
      const j = journey([f, k], [{ op: 'remove', intervention: 'k' }]);
      expect(analyzeJourney(j).forstegWaits[0].noNextStep).toBe(false);
      const c = compareScenario(j);
      expect(c.appeared.filter((x) => x.kind === 'wait')).toEqual([expect.objectContaining(waitOfF)]);
      expect(c.disappeared.filter((x) => x.kind === 'wait')).toEqual([]);
    });
  });
});
