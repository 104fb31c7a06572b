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
      // It was in the baseline's file: not an added intervention.
      expect(c.consequences.filter((x) => x.code === 'added' || x.code === 'removed')).toEqual([]);
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

  describe("every total beside the baseline's, with the difference (section 6)", () => {
    // a komvux 2025-01-07..2025-03-31, b sfi 2025-04-14..2025-06-13: a gap (and, with nobody else
    // holding responsibility, a grey zone) 2025-04-01..2025-04-13, 13 days. Extending a by 2 months
    // (to 2025-05-31) closes both; the latest end stays b's 2025-06-13.
    const a = iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' });
    const b = iv('b', 'sfi', '2025-04-14', { end: '2025-06-13' });
    const c = () => compareScenario(journey([a, b], [{ op: 'extend', intervention: 'a', months: 2 }]));

    it('lists the five totals with base, scenario and scenario - base (none for the date)', () => {
      expect(c().totals).toEqual([
        { key: 'gapDays', base: 13, scenario: 0, diff: -13 },
        { key: 'forstegWaitDays', base: 0, scenario: 0, diff: 0 },
        { key: 'greyZoneDays', base: 13, scenario: 0, diff: -13 },
        { key: 'employmentDays', base: 0, scenario: 0, diff: 0 },
        { key: 'supportedUntil', base: '2025-06-13', scenario: '2025-06-13', diff: null },
      ]);
    });

    it('states a consequence for each total that changed, and none for those that did not', () => {
      const totals = c().consequences.filter((x) => x.code === 'total' || x.code === 'supportedUntil');
      expect(totals).toEqual([
        { code: 'total', key: 'gapDays', diff: -13 },
        { code: 'total', key: 'greyZoneDays', diff: -13 },
      ]);
    });

    it('and nothing else: the end that moved and the two totals', () => {
      expect(c().consequences).toEqual([
        { code: 'endMoves', id: 'a', from: '2025-03-31', to: '2025-05-31' },
        { code: 'total', key: 'gapDays', diff: -13 },
        { code: 'total', key: 'greyZoneDays', diff: -13 },
      ]);
    });

    it('says when the latest end moves, with both dates', () => {
      const moved = compareScenario(journey([a, b], [{ op: 'extend', intervention: 'b', months: 1 }]));
      // 2025-06-13 + 1 month = 2025-07-13.
      expect(moved.consequences.filter((x) => x.code === 'supportedUntil')).toEqual([
        { code: 'supportedUntil', from: '2025-06-13', to: '2025-07-13' },
      ]);
      expect(moved.totals[4]).toEqual({
        key: 'supportedUntil',
        base: '2025-06-13',
        scenario: '2025-07-13',
        diff: null,
      });
    });

    it('the gap and the grey zone that close are the findings that disappear', () => {
      expect(c().disappeared).toEqual([
        { kind: 'gap', key: expect.any(String), start: '2025-04-01', end: '2025-04-13', days: 13 },
        { kind: 'greyzone', key: expect.any(String), start: '2025-04-01', end: '2025-04-13', days: 13 },
      ]);
      expect(c().appeared).toEqual([]);
    });

    it('a gap that moves is one that disappears and another that appears', () => {
      // b shifted 7 days later: the gap is 2025-04-01..2025-04-20 (20 days).
      const moved = compareScenario(journey([a, b], [{ op: 'shift', intervention: 'b', days: 7 }]));
      const gaps = (list: { kind: string }[]) => list.filter((x) => x.kind === 'gap');
      expect(gaps(moved.disappeared)).toEqual([expect.objectContaining({ start: '2025-04-01', end: '2025-04-13' })]);
      expect(gaps(moved.appeared)).toEqual([
        expect.objectContaining({ start: '2025-04-01', end: '2025-04-20', days: 20 }),
      ]);
      const zones = (list: { kind: string }[]) => list.filter((x) => x.kind === 'greyzone');
      expect(zones(moved.disappeared)).toEqual([expect.objectContaining({ end: '2025-04-13' })]);
      expect(zones(moved.appeared)).toEqual([expect.objectContaining({ end: '2025-04-20', days: 20 })]);
      // b's cliff moves with it (2025-06-13 to 2025-06-20): one goes, another comes.
      expect(moved.consequences.filter((x) => x.code === 'cliffGone' || x.code === 'cliffNew')).toEqual([
        { code: 'cliffGone', id: 'b' },
        { code: 'cliffNew', id: 'b', end: '2025-06-20' },
      ]);
    });
  });

  describe('an added intervention', () => {
    it('is "added", with its start and effective end, and an added consequence', () => {
      const a = iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' });
      const added = iv('n', 'komvux', '2025-04-01', { end: '2025-06-30' });
      const c = compareScenario(journey([a], [{ op: 'add', intervention: added }]));
      expect(c.interventions).toEqual([
        {
          id: 'n',
          change: 'added',
          baseStart: null,
          baseEnd: null,
          scenarioStart: '2025-04-01',
          scenarioEnd: '2025-06-30',
        },
      ]);
      expect(c.consequences.filter((x) => x.code === 'added' || x.code === 'removed')).toEqual([
        { code: 'added', id: 'n', start: '2025-04-01', end: '2025-06-30' },
      ]);
    });
  });

  describe('cliffs that go and come (asOf 2025-06-01, 90 days ahead)', () => {
    const a = iv('a', 'komvux', '2025-01-07', { end: '2025-06-30' });
    const k = iv('k', 'komvux', '2025-07-01', { end: '2025-12-19' });

    it('a cliff is gone when the intervention is extended past the window', () => {
      // a ends 2025-06-30 with nothing after: a cliff. + 6 months = 2025-12-30, after 2025-08-30.
      const c = compareScenario(journey([a], [{ op: 'extend', intervention: 'a', months: 6 }]));
      expect(c.disappeared.filter((x) => x.kind === 'cliff')).toEqual([
        { kind: 'cliff', key: expect.any(String), start: null, end: '2025-06-30', days: 29, subject: 'a' },
      ]);
      expect(c.consequences.filter((x) => x.code === 'cliffGone' || x.code === 'cliffNew')).toEqual([
        { code: 'cliffGone', id: 'a' },
      ]);
    });

    it('a cliff comes when the next step is removed', () => {
      const c = compareScenario(journey([a, k], [{ op: 'remove', intervention: 'k' }]));
      expect(c.appeared.filter((x) => x.kind === 'cliff')).toEqual([
        { kind: 'cliff', key: expect.any(String), start: null, end: '2025-06-30', days: 29, subject: 'a' },
      ]);
      expect(c.consequences.filter((x) => x.code === 'cliffGone' || x.code === 'cliffNew')).toEqual([
        { code: 'cliffNew', id: 'a', end: '2025-06-30' },
      ]);
    });
  });

  describe('waits after a försteg that change', () => {
    // f ends 2025-03-31, k starts 2025-04-14: a wait of 13 days (2025-04-01..2025-04-13).
    const f = iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' });
    const k = iv('k', 'komvux', '2025-04-14', { end: '2025-12-19' });
    const waits = (c: ReturnType<typeof compareScenario>) =>
      c.consequences.filter((x) => x.code === 'waitGone' || x.code === 'waitChanged');

    it('is gone when the next step starts the day after', () => {
      const c = compareScenario(journey([f, k], [{ op: 'startAfter', intervention: 'k', after: 'f' }]));
      expect(waits(c)).toEqual([{ code: 'waitGone', id: 'f', days: 13 }]);
      expect(c.disappeared.filter((x) => x.kind === 'wait')).toEqual([
        { kind: 'wait', key: expect.any(String), start: '2025-04-01', end: '2025-04-13', days: 13, subject: 'f' },
      ]);
    });

    it('changes when the next step moves, and says nothing when the wait stays', () => {
      // k 7 days earlier: 2025-04-07, a wait of 6 days.
      const shorter = compareScenario(journey([f, k], [{ op: 'shift', intervention: 'k', days: -7 }]));
      expect(waits(shorter)).toEqual([{ code: 'waitChanged', id: 'f', from: 13, to: 6 }]);
      expect(shorter.disappeared.filter((x) => x.kind === 'wait')).toEqual([expect.objectContaining({ days: 13 })]);
      expect(shorter.appeared.filter((x) => x.kind === 'wait')).toEqual([
        { kind: 'wait', key: expect.any(String), start: '2025-04-01', end: '2025-04-06', days: 6, subject: 'f' },
      ]);
      // k 30 days longer: the wait is the same 13 days.
      const same = compareScenario(journey([f, k], [{ op: 'extend', intervention: 'k', months: 1 }]));
      expect(waits(same)).toEqual([]);
      expect(same.disappeared.filter((x) => x.kind === 'wait')).toEqual([]);
    });
  });

  describe('sickness milestones that come and go', () => {
    // sp 2025-01-01..2025-05-31: 151 days, day 90 on 2025-03-31. Two more months (to 2025-07-31,
    // 212 days) reach day 180 on 2025-06-29; day 90 stays where it was.
    const sp = iv('sp', 'sjukpenning', '2025-01-01', { end: '2025-05-31' });
    const milestones = (c: ReturnType<typeof compareScenario>) =>
      c.consequences.filter((x) => x.code.startsWith('milestone'));

    it('a milestone reached only in the scenario is new; one at the same date is not listed', () => {
      const c = compareScenario(journey([sp], [{ op: 'extend', intervention: 'sp', months: 2 }]));
      expect(milestones(c)).toEqual([{ code: 'milestoneNew', id: 'sp', day: 180, date: '2025-06-29' }]);
      expect(c.appeared.filter((x) => x.kind === 'milestone')).toEqual([
        { kind: 'milestone', key: expect.any(String), start: null, end: '2025-06-29', days: 180, subject: 'sp' },
      ]);
    });

    it('a milestone that moves is a finding that disappears and another that appears', () => {
      // sp 30 days later: day 90 on 2025-04-30.
      const c = compareScenario(journey([sp], [{ op: 'shift', intervention: 'sp', days: 30 }]));
      expect(milestones(c)).toEqual([
        { code: 'milestoneMoves', id: 'sp', day: 90, from: '2025-03-31', to: '2025-04-30' },
      ]);
      expect(c.disappeared.filter((x) => x.kind === 'milestone')).toEqual([
        expect.objectContaining({ end: '2025-03-31' }),
      ]);
      expect(c.appeared.filter((x) => x.kind === 'milestone')).toEqual([
        expect.objectContaining({ end: '2025-04-30' }),
      ]);
    });

    it('a milestone of a removed spell is gone', () => {
      const c = compareScenario(journey([sp], [{ op: 'remove', intervention: 'sp' }]));
      expect(milestones(c)).toEqual([{ code: 'milestoneGone', id: 'sp', day: 90, date: '2025-03-31' }]);
    });
  });

  describe('rules that stay visible', () => {
    // An introduktionsjobb from 2025-02-03: 24 months in all (ruleLimit 2027-02-02), and going on
    // past 12 months (after 2026-02-03) needs an individual assessment (förordning 2018:42 10 §).
    const ij = (more: Loose = {}) => iv('ij', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02', ...more });
    const k = iv('k', 'komvux', '2025-01-07', { end: '2025-01-31' });
    const rules = (c: ReturnType<typeof compareScenario>) => c.consequences.filter((x) => x.code === 'rule');

    it('past the total maximum: beyondMaximum with the limit, as a note and a consequence', () => {
      // 2026-02-02 + 13 months = 2027-03-02, after 2027-02-02.
      const c = compareScenario(journey([ij()], [{ op: 'extend', intervention: 'ij', months: 13 }]));
      const note = { id: 'ij', kind: 'introduktionsjobb', note: 'beyondMaximum', limit: '2027-02-02' };
      expect(c.ruleNotes).toEqual([note]);
      expect(rules(c)).toEqual([{ code: 'rule', ...note }]);
    });

    it('a cancelled one has no rule to show, whatever its end', () => {
      const base = journey([ij()], []);
      const c = compare(base, edited(base, 'ij', ij({ plannedEnd: '2026-06-30', cancelled: true })));
      expect(c.ruleNotes).toEqual([]);
    });

    it('a start moved earlier with the same end takes it past the 12 months', () => {
      // 2025-01-03..2026-02-02 is 13 months; the baseline's 2025-02-03..2026-02-02 was 12.
      const base = journey([ij()], []);
      const c = compare(base, edited(base, 'ij', { ...ij(), start: '2025-01-03' }));
      expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('a removed intervention has no rule to show', () => {
      const c = compareScenario(
        journey([ij({ extensions: [{ months: 13 }] })], [{ op: 'remove', intervention: 'ij' }]),
      );
      expect(c.ruleNotes).toEqual([]);
    });

    it('the assessment is noted when the scenario takes it past 12 months, or further past them', () => {
      const past = compareScenario(journey([ij()], [{ op: 'extend', intervention: 'ij', months: 1 }]));
      expect(past.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
      const further = compareScenario(
        journey([ij({ extensions: [{ months: 2 }] })], [{ op: 'extend', intervention: 'ij', months: 1 }]),
      );
      expect(further.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('one day past the 12 months is past them (a decision of 12 months ends 2026-02-02)', () => {
      const base = journey([ij()], []);
      const c = compare(base, edited(base, 'ij', ij({ plannedEnd: '2026-02-03' })));
      expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('an added intervention past its 12 months is noted too', () => {
      const c = compareScenario(journey([k], [{ op: 'add', intervention: ij({ plannedEnd: '2026-06-30' }) }]));
      expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('but not when it was past them in the baseline already and the scenario leaves its end', () => {
      const c = compareScenario(
        journey([k, ij({ extensions: [{ months: 2 }] })], [{ op: 'remove', intervention: 'k' }]),
      );
      expect(c.ruleNotes).toEqual([]);
      expect(rules(c)).toEqual([]);
    });

    it('nor when the scenario ends it within the 12 months', () => {
      // The baseline runs to 2026-04-02, past 2026-02-03; a scenario ending it on 2026-02-02 is not.
      const base = journey([ij({ extensions: [{ months: 2 }] })], []);
      const c = compare(base, edited(base, 'ij', ij()));
      expect(c.ruleNotes).toEqual([]);
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
