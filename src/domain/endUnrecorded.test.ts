/** "Slut ej registrerat": a decided end that passed with no actual end, and a scenario that extends it. */
import { describe, expect, it } from 'vitest';
import {
  type Journey,
  analyzeJourney,
  applyScenario,
  compareAnalyses,
  endUnrecorded,
  parseJourney,
  unrecordedEnds,
} from './index';

type Loose = Record<string, unknown>;

function journey(interventions: Loose[], months: number, asOf = '2026-06-01'): Journey {
  const parsed = parseJourney(
    JSON.stringify({
      format: 'journey',
      version: 1,
      id: 'j',
      participant: { ref: 'P-1' },
      asOf,
      interventions,
      scenarios: [{ id: 's', name: 'Förläng', changes: [{ op: 'extend', intervention: 'ij', months }] }],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.journey;
}

const ij = (more: Loose = {}) => ({ id: 'ij', kind: 'introduktionsjobb', start: '2025-03-01', ...more });
const flag = (j: Journey) => unrecordedEnds(j, analyzeJourney(j), j.asOf ?? null).has('ij');

describe('endUnrecorded', () => {
  it('is true when the decided end is before the reference day and no end is recorded', () => {
    expect(flag(journey([ij({ plannedEnd: '2026-02-28' })], 1))).toBe(true);
  });
  it('is false on the reference day itself and after it (the decided end has not passed)', () => {
    expect(flag(journey([ij({ plannedEnd: '2026-06-01' })], 1))).toBe(false);
    expect(flag(journey([ij({ plannedEnd: '2026-09-30' })], 1))).toBe(false);
  });
  it('is false when an actual end is recorded, or the intervention is cancelled', () => {
    expect(flag(journey([ij({ plannedEnd: '2026-02-28', end: '2026-02-28' })], 1))).toBe(false);
    expect(flag(journey([ij({ plannedEnd: '2026-02-28', cancelled: true })], 1))).toBe(false);
  });
  it('is false when only the rule projects the end (no decided end to have passed)', () => {
    expect(flag(journey([{ id: 'ij', kind: 'introduktionsjobb', start: '2024-01-01' }], 1))).toBe(false);
  });
  it('counts the recorded extensions: an extension past the reference day clears it', () => {
    const ext = [{ months: 6, decidedOn: '2026-02-01' }];
    expect(flag(journey([ij({ plannedEnd: '2026-02-28', extensions: ext })], 1))).toBe(false);
  });
  it('reads no clock: without a reference day nothing has passed', () => {
    expect(endUnrecorded({ plannedEnd: '2026-02-28' }, { end: '2026-02-28', projected: true }, null)).toBe(false);
  });
});

describe('a scenario whose extended end still lies before the reference day', () => {
  const compare = (j: Journey) => {
    const r = applyScenario(j, 's');
    if (!r.ok) throw new Error('the scenario should apply');
    return compareAnalyses(j, analyzeJourney(j), r.journey, analyzeJourney(r.journey), j.asOf ?? null).consequences;
  };
  it('says so (endStillPast) beside the end that moves', () => {
    const c = compare(journey([ij({ plannedEnd: '2026-01-31' })], 2));
    expect(c).toContainEqual({ code: 'endMoves', id: 'ij', from: '2026-01-31', to: '2026-03-31' });
    expect(c).toContainEqual({ code: 'endStillPast', id: 'ij', end: '2026-03-31' });
  });
  it('says nothing of the kind when the extension reaches past the reference day', () => {
    const c = compare(journey([ij({ plannedEnd: '2026-01-31' })], 6));
    expect(c.some((x) => x.code === 'endStillPast')).toBe(false);
  });
});
