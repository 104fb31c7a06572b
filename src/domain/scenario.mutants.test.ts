/**
 * Scenarios (journey-format.md section 6, docs/format.md "Scenarios"): the behaviours that the
 * mutation run of `scenario.ts` (issue #29) found untested. Each test was seen to fail with its
 * mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { applyScenario } from './index';
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
