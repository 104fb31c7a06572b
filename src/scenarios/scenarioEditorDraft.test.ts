import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import type { Scenario } from '../domain';
import {
  changeDraftOf,
  changeOf,
  fieldKeys,
  interventionChoices,
  moveItem,
  newChange,
  scenarioDraftOf,
  scenarioOf,
  withOp,
} from './scenarioEditorDraft';

const scenario = {
  id: 's1',
  name: 'Plan B',
  'x-owner': 'AF',
  changes: [
    { op: 'extend', intervention: 'ij', months: 6, 'x-note': 'kept' },
    { op: 'shift', intervention: 'prak', days: -14, cascade: true },
    { op: 'startAfter', intervention: 'spr', after: 'ij', gapDays: 3 },
    { op: 'add', intervention: { id: 'ny', kind: 'sfi', start: '2027-01-04', 'x-src': 1, extent: 50 } },
    { op: 'remove', intervention: 'sfi' },
  ],
} as unknown as Scenario;

describe('scenario drafts', () => {
  it('gives back the same scenario when nothing is typed, unknown properties and all', () => {
    expect(scenarioOf(scenario, scenarioDraftOf(scenario))).toEqual(scenario);
  });

  it('converts numbers typed as text and leaves what is not a number as typed', () => {
    const d = scenarioDraftOf(scenario);
    d.changes[0] = { ...d.changes[0], months: ' 3 ' };
    d.changes[1] = { ...d.changes[1], days: 'tio', cascade: false };
    d.changes[2] = { ...d.changes[2], gapDays: '' };
    const s = scenarioOf(scenario, d);
    expect(s.changes[0]).toEqual({ op: 'extend', intervention: 'ij', months: 3, 'x-note': 'kept' });
    expect(s.changes[1]).toEqual({ op: 'shift', intervention: 'prak', days: 'tio' });
    expect(s.changes[2]).toEqual({ op: 'startAfter', intervention: 'spr', after: 'ij' });
  });

  it('drops the fields of the old op when the op changes, and keeps unknown ones', () => {
    const d = changeDraftOf({ op: 'extend', intervention: 'ij', months: 6, cascade: true, 'x-a': 1 });
    expect(changeOf({ ...d, op: 'remove' })).toEqual({ op: 'remove', intervention: 'ij', 'x-a': 1 });
    expect(changeOf({ ...d, op: 'shift', days: '5' })).toEqual({
      op: 'shift',
      intervention: 'ij',
      days: 5,
      cascade: true,
      'x-a': 1,
    });
  });

  it('gives a new add change a free id, and builds the intervention from the typed fields', () => {
    const d = scenarioDraftOf(scenario);
    const added = withOp(d.changes[4], 'add', DEMO_JOURNEY, d.changes);
    expect(added.add.values.id).toBe('i1');
    const values = { ...added.add.values, kind: 'sfi', start: '2027-02-01', title: '  ' };
    expect(changeOf({ ...added, add: { ...added.add, values } })).toEqual({
      op: 'add',
      intervention: { id: 'i1', kind: 'sfi', start: '2027-02-01' },
    });
  });

  it('keeps an unknown op as it was stored', () => {
    const stored = { op: 'teleport', intervention: 'ij', to: 'Mars' };
    expect(changeOf(changeDraftOf(stored))).toEqual(stored);
  });

  it('starts a new change as an extension of the first intervention', () => {
    const c = changeOf(newChange(DEMO_JOURNEY));
    expect(c).toEqual({ op: 'extend', intervention: 'etab' });
  });

  it('lists the field keys in the order shown', () => {
    const keys = fieldKeys(scenarioDraftOf(scenario));
    expect(keys.slice(0, 4)).toEqual(['name', 'changes[0].op', 'changes[0].intervention', 'changes[0].months']);
    expect(keys).toContain('changes[3].intervention.start');
    expect(keys).toContain('changes[2].gapDays');
    expect(keys).not.toContain('changes[1].cascade');
  });

  it('offers the journey’s interventions and those added by earlier changes', () => {
    const d = scenarioDraftOf(scenario);
    const before = interventionChoices(DEMO_JOURNEY, d.changes, 3, 'sv').map((c) => c.value);
    const after = interventionChoices(DEMO_JOURNEY, d.changes, 4, 'sv');
    expect(before).not.toContain('ny');
    expect(after.map((c) => c.value)).toContain('ny');
    expect(after.find((c) => c.value === 'sfi')?.label).toMatch(/: SFI kurs B–D \(sfi\)$/);
  });

  it('moves an item within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, -2)).toEqual(['c', 'a', 'b']);
  });
});
