/**
 * Scenarios (journey-format.md section 6, docs/format.md "Scenarios"): the behaviours that the
 * mutation run of `scenario.ts` (issue #29) found untested. Each test was seen to fail with its
 * mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { applyActiveScenarios, applyChanges, applyScenario, applyScenarios, parseJourney } from './index';
import { type Loose, find, iv, journey } from './testing/scenarioBuilders';

const applyOne = (interventions: Loose[], change: Loose, raw = false) =>
  applyScenario(journey(interventions, [change], raw), 's');

describe('the calendar of a scenario is the file’s: 0000-01-01 to 9999-12-31', () => {
  it('applies a change to a journey that has a date in year 0000, which the file format accepts', () => {
    const interventions = [
      iv('old', 'komvux', '0000-06-01', { end: '0000-07-01' }),
      iv('b', 'komvux', '2025-01-07', { end: '2025-02-28' }),
    ];
    const removed = applyOne(interventions, { op: 'remove', intervention: 'b' });
    expect(removed.ok && find(removed.journey, 'b').cancelled).toBe(true);
    const shifted = applyOne(interventions, { op: 'shift', intervention: 'old', days: 1 });
    expect(shifted.ok && find(shifted.journey, 'old')).toMatchObject({ start: '0000-06-02', end: '0000-07-02' });
  });

  // A shift of `days` that lands a date on the calendar's edge applies; one day more fails with
  // outOfRange on the change, naming the intervention.
  it.each([
    ['start', 'before 0000-01-01', { end: '0000-02-01' }, '0000-01-11', -10, 'start', '0000-01-01'],
    ['end', 'after 9999-12-31', { end: '9999-12-21' }, '9999-12-01', 10, 'end', '9999-12-31'],
    ['plannedEnd', 'after 9999-12-31', { plannedEnd: '9999-12-21' }, '9999-12-01', 10, 'plannedEnd', '9999-12-31'],
  ])('a shift that moves %s %s fails; one day less lands on the edge', (_, __, ends, start, days, field, edge) => {
    const interventions = [iv('a', 'komvux', start, ends)];
    const onEdge = applyOne(interventions, { op: 'shift', intervention: 'a', days });
    expect(onEdge.ok && find(onEdge.journey, 'a')[field as 'start']).toBe(edge);
    const past = applyOne(interventions, { op: 'shift', intervention: 'a', days: days + Math.sign(days) });
    expect(past).toEqual({
      ok: false,
      errors: [
        {
          path: 'scenarios[0].changes[0]',
          code: 'outOfRange',
          message: 'moves "a" outside the calendar',
          params: { value: 'a' },
        },
      ],
    });
  });

  it('a shift that moves a sjukpenning’s first day of sickness before 0000-01-01 fails; one day less applies', () => {
    // sickFrom is a date not after start on a sjukpenning (section 2), and moves with it (section 6).
    const interventions = [iv('sp', 'sjukpenning', '0000-01-20', { end: '0000-03-01', sickFrom: '0000-01-05' })];
    const onEdge = applyOne(interventions, { op: 'shift', intervention: 'sp', days: -4 });
    expect(onEdge.ok && find(onEdge.journey, 'sp')).toMatchObject({ start: '0000-01-16', sickFrom: '0000-01-01' });
    expect(applyOne(interventions, { op: 'shift', intervention: 'sp', days: -5 })).toEqual({
      ok: false,
      errors: [
        {
          path: 'scenarios[0].changes[0]',
          code: 'outOfRange',
          message: 'moves "sp" outside the calendar',
          params: { value: 'sp' },
        },
      ],
    });
  });

  it('on another kind a `sickFrom` is not read: one that is no date does not stop a change', () => {
    const interventions = [iv('a', 'komvux', '2025-01-07', { end: '2025-02-28', sickFrom: 'okänt' })];
    const r = applyOne(interventions, { op: 'shift', intervention: 'a', days: 7 });
    expect(r.ok && find(r.journey, 'a')).toMatchObject({ start: '2025-01-14', sickFrom: 'okänt' });
  });
});

describe('a change that cannot be applied fails with the whole issue: place, code, words and the UI’s parameters', () => {
  const a = iv('a', 'sfi', '2025-01-07', { end: '2025-06-13' });
  const b = iv('b', 'komvux', '2025-08-18', { end: '2025-12-19' });
  const open = iv('open', 'komvux', '2025-01-07');
  // Journeys with a missing name or an id used twice are built directly (`raw`): the importer
  // refuses such files, but an edit in the app can take an intervention away.
  it.each([
    [
      'add with an id in use',
      [a, b],
      { op: 'add', intervention: { id: 'a', kind: 'komvux', start: '2026-01-12' } },
      'scenarios[0].changes[0].intervention.id',
      'duplicateId',
      '"a" is used twice in interventions',
      { value: 'a', list: 'interventions' },
    ],
    [
      'extend of a missing intervention',
      [a],
      { op: 'extend', intervention: 'zz', months: 1 },
      'scenarios[0].changes[0].intervention',
      'unknownIntervention',
      '"zz" is not an intervention in this journey',
      { value: 'zz' },
    ],
    [
      'extend of an open-ended intervention',
      [open],
      { op: 'extend', intervention: 'open', months: 6 },
      'scenarios[0].changes[0].intervention',
      'openEnded',
      '"open" is open-ended and cannot be extended',
      { value: 'open' },
    ],
    [
      'startAfter a missing intervention',
      [a],
      { op: 'startAfter', intervention: 'a', after: 'zz' },
      'scenarios[0].changes[0].after',
      'unknownIntervention',
      '"zz" is not an intervention in this journey',
      { value: 'zz' },
    ],
    [
      'startAfter an open-ended intervention',
      [open, b],
      { op: 'startAfter', intervention: 'b', after: 'open' },
      'scenarios[0].changes[0].after',
      'noEnd',
      '"open" has no end to start after',
      { value: 'open' },
    ],
    [
      'extend past the last day Resan can show',
      [iv('k', 'komvux', '9999-01-01', { plannedEnd: '9999-06-30' })],
      { op: 'extend', intervention: 'k', months: 12 },
      'scenarios[0].changes[0]',
      'afterMaxDate',
      'makes interventions[0].extensions the projected end is after 9999-12-31, the last day Resan can show',
      { context: 'end', max: '9999-12-31', at: 'interventions[0].extensions' },
    ],
  ])('%s', (_, interventions, change, path, code, message, params) => {
    expect(applyOne(interventions, change, true)).toEqual({ ok: false, errors: [{ path, code, message, params }] });
  });

  it('a change that makes an end come before its start names the change, the date and the start', () => {
    // applyChanges on its own: a scenario in the journey with this add would be checked as well.
    const add = {
      op: 'add' as const,
      intervention: { id: 'n', kind: 'komvux', start: '2025-08-18', end: '2025-08-01' },
    };
    expect(applyChanges(journey([a], []), [add])).toEqual({
      ok: false,
      errors: [
        {
          path: 'changes[0]',
          code: 'endBeforeStart',
          message: 'makes interventions[1].end "2025-08-01" is before the start "2025-08-18"',
          params: { value: '2025-08-01', start: '2025-08-18', at: 'interventions[1].end' },
        },
      ],
    });
  });

  it('an add whose id is in use fails with the importer’s own duplicateId issue for that file', () => {
    const j = journey([a, b], [{ op: 'add', intervention: { id: 'b', kind: 'komvux', start: '2026-01-12' } }], true);
    const r = applyScenario(j, 's');
    const imported = parseJourney(JSON.stringify(j));
    expect(r.ok).toBe(false);
    expect(imported.ok).toBe(false);
    if (!r.ok && !imported.ok) expect(imported.errors).toContainEqual(r.errors[0]);
  });

  it('an add to a journey without interventions applies', () => {
    const r = applyOne([], { op: 'add', intervention: { id: 'n', kind: 'komvux', start: '2026-01-12' } });
    expect(r.ok && r.journey.interventions).toEqual([{ id: 'n', kind: 'komvux', start: '2026-01-12' }]);
  });

  it('a scenario the journey does not have fails at `scenarios`, naming the id', () => {
    expect(applyScenario(journey([a], []), 'nope')).toEqual({
      ok: false,
      errors: [
        {
          path: 'scenarios',
          code: 'unknownIntervention',
          message: '"nope" is not a scenario in this journey',
          params: { value: 'nope' },
        },
      ],
    });
  });

  it('applyChanges on its own names each change from `changes` (the paths a scenario editor shows)', () => {
    expect(
      applyChanges(journey([a], []), [
        { op: 'remove', intervention: 'a' },
        { op: 'remove', intervention: 'zz' },
      ]),
    ).toMatchObject({ ok: false, errors: [{ path: 'changes[1].intervention', code: 'unknownIntervention' }] });
  });
});

describe('extend with cascade moves the others, never the extended intervention itself', () => {
  it('leaves the extended one in place even when it starts after its own old end', () => {
    // Only a baseline the importer refuses (end before start) has such an intervention; section 6
    // shifts "every other intervention" that starts after the old effective end (2025-03-01).
    const j = journey(
      [iv('a', 'komvux', '2025-03-15', { end: '2025-03-01' }), iv('b', 'komvux', '2025-03-10', { end: '2025-03-20' })],
      [{ op: 'extend', intervention: 'a', months: 1, cascade: true }],
      true,
    );
    const r = applyScenario(j, 's');
    // The end moved 2025-03-01 → 2025-04-01, 31 days: b moves by as many.
    expect(r.ok && r.journey.interventions).toEqual([
      { id: 'a', kind: 'komvux', start: '2025-03-15', end: '2025-04-01' },
      { id: 'b', kind: 'komvux', start: '2025-04-10', end: '2025-04-20' },
    ]);
  });
});

describe('applyActiveScenarios: the scenarios that are on, in the journey’s list order, on the baseline', () => {
  // Built inside each test (StrykerJS counts what runs while tests are collected as static).
  const j = () =>
    journey(
      [
        iv('a', 'arbetspraktik', '2025-01-07', { end: '2025-03-31' }),
        iv('b', 'komvux', '2025-05-05', { end: '2025-06-30' }),
        iv('c', 'komvux', '2025-01-07'),
      ],
      [],
    );
  const withScenarios = () => ({
    ...j(),
    scenarios: [
      { id: 'longer', name: 'Förläng a', changes: [{ op: 'extend' as const, intervention: 'a', months: 1 }] },
      { id: 'open', name: 'Förläng c', changes: [{ op: 'extend' as const, intervention: 'c', months: 6 }] },
      {
        id: 'close',
        name: 'b direkt efter a',
        changes: [{ op: 'startAfter' as const, intervention: 'b', after: 'a' }],
      },
    ],
  });
  const ok = (id: string) => ({ id, ok: true, errors: [] });
  const both = () => {
    const r = applyScenarios(withScenarios(), ['longer', 'close']);
    if (!r.ok) throw new Error('longer and close apply');
    return r.journey;
  };

  it('applies them in list order, not in the order they are named', () => {
    // a ends 2025-03-31, + 1 month = 2025-04-30; then b starts 2025-05-01 (in the other order: 2025-04-01).
    const r = applyActiveScenarios(withScenarios(), ['close', 'longer']);
    expect(r.outcomes).toEqual([ok('longer'), ok('close')]);
    expect([find(r.journey, 'a').end, find(r.journey, 'b').start]).toEqual(['2025-04-30', '2025-05-01']);
    expect(r.journey).toEqual(both());
  });

  it('leaves out one that fails, with its errors, and still applies the others', () => {
    const r = applyActiveScenarios(withScenarios(), ['open', 'close', 'longer']);
    expect(r.outcomes).toEqual([
      ok('longer'),
      {
        id: 'open',
        ok: false,
        errors: [
          {
            path: 'scenarios[1].changes[0].intervention',
            code: 'openEnded',
            message: '"c" is open-ended and cannot be extended',
            params: { value: 'c' },
          },
        ],
      },
      ok('close'),
    ]);
    expect(r.journey).toEqual(both());
  });

  it('leaves the ones that are off alone', () => {
    const r = applyActiveScenarios(withScenarios(), ['close']);
    expect(r.outcomes).toEqual([ok('close')]);
    expect([find(r.journey, 'a').end, find(r.journey, 'b').start]).toEqual(['2025-03-31', '2025-04-01']);
  });

  it.each([
    ['none is on', withScenarios, []],
    ['only ids the journey does not have are on', withScenarios, ['nope']],
    ['the journey has no scenarios', j, ['longer']],
  ])('gives the baseline itself and no outcomes when %s', (_, make, on) => {
    const baseline = make();
    expect(applyActiveScenarios(baseline, on)).toEqual({ journey: baseline, outcomes: [] });
    expect(applyActiveScenarios(baseline, on).journey).toBe(baseline);
  });

  it('fails the second of two scenarios that each add the same id, on together', () => {
    // Each is valid on its own (the importer checks a scenario against the baseline).
    const add = (id: string) => ({
      id,
      name: id,
      changes: [{ op: 'add' as const, intervention: { id: 'x', kind: 'komvux', start: '2026-01-12' } }],
    });
    const r = applyActiveScenarios({ ...j(), scenarios: [add('s1'), add('s2')] }, ['s1', 's2']);
    expect(r.outcomes).toEqual([
      ok('s1'),
      {
        id: 's2',
        ok: false,
        errors: [
          {
            path: 'scenarios[1].changes[0].intervention.id',
            code: 'duplicateId',
            message: '"x" is used twice in interventions',
            params: { value: 'x', list: 'interventions' },
          },
        ],
      },
    ]);
    expect(r.journey.interventions.map((i) => i.id)).toEqual(['a', 'b', 'c', 'x']);
  });
});
