/** Scenarios (docs/format.md, "Scenarios"): changes that fail, the baseline left as it was, several scenarios at once. */
import { describe, expect, it } from 'vitest';
import { type Journey, applyScenario, applyScenarios, parseJourney, serializeJourney } from './index';
import { iv, journey, applied, find, deepFreeze } from './testing/scenarioBuilders';

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
