import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import type { Journey, Scenario } from '../domain';
import { checkScenario, relativePath } from './scenarioEditorCheck';
import { fieldKeys, scenarioDraftOf } from './scenarioEditorDraft';

const journey: Journey = {
  ...DEMO_JOURNEY,
  interventions: [
    ...DEMO_JOURNEY.interventions,
    { id: 'open', kind: 'ovrigt-x', start: '2025-01-01' },
    { id: 'kort', kind: 'sfi', start: '2025-01-01', end: '2025-01-10' },
  ],
  kinds: [{ id: 'ovrigt-x', label: 'Annat', category: 'ovrigt' }],
};

function check(scenario: Scenario) {
  const withIt = { ...journey, scenarios: [{ id: 'a', name: 'A', changes: [] }, scenario] };
  return checkScenario(withIt, scenario, scenario.id, fieldKeys(scenarioDraftOf(scenario)));
}

describe('checkScenario', () => {
  it('passes a scenario that applies', () => {
    const r = check({ id: 's', name: 'Ok', changes: [{ op: 'extend', intervention: 'ij', months: 6 }] });
    expect(r).toMatchObject({ ok: true, fields: {}, general: [], apply: [] });
  });

  it('puts the importer’s errors under their fields', () => {
    const r = check({
      id: 's',
      name: '',
      changes: [
        { op: 'extend', intervention: 'nope', months: 'sex' as unknown as number },
        { op: 'add', intervention: { id: 'ij', kind: 'sfi', start: '2027-13-01' } },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.fields.name?.[0].code).toBe('tooShort');
    expect(r.fields['changes[0].months']?.[0].code).toBe('wrongType');
    expect(r.fields['changes[0].intervention']?.[0].code).toBe('unknownIntervention');
    expect(r.fields['changes[1].intervention.id']?.[0].code).toBe('duplicateId');
    expect(r.fields['changes[1].intervention.start']?.[0].code).toBe('notDate');
    expect(r.apply).toEqual([]);
  });

  it('reports what no field shows in the general list, with paths relative to the scenario', () => {
    const r = check({
      id: 's',
      name: 'X',
      changes: [{ op: 'add', intervention: { id: 'n', kind: 'sfi', start: '2027-01-01', extent: 500 } }],
    });
    expect(r.ok).toBe(false);
    expect(r.general.map((e) => e.path)).toEqual(['changes[0].intervention.extent']);
  });

  it('allows saving a well-formed scenario that cannot be applied, and says why', () => {
    const open = check({ id: 's', name: 'X', changes: [{ op: 'extend', intervention: 'open', months: 2 }] });
    expect(open.ok).toBe(true);
    expect(open.apply.map((e) => [e.path, e.code])).toEqual([['changes[0].intervention', 'openEnded']]);
    const early = check({ id: 's', name: 'X', changes: [{ op: 'shift', intervention: 'kort', days: -40000 }] });
    expect(early.ok).toBe(false); // out of the allowed range: the importer says so
    const noEnd = check({
      id: 's',
      name: 'X',
      changes: [
        { op: 'remove', intervention: 'sfi' },
        { op: 'startAfter', intervention: 'sfi', after: 'open', gapDays: 0 },
      ],
    });
    expect(noEnd.ok).toBe(true);
    expect(noEnd.apply.map((e) => [e.path, e.code])).toEqual([['changes[1].after', 'noEnd']]);
  });

  it('ignores problems elsewhere in the journey', () => {
    const broken = { ...journey, events: [{ id: 'e', date: 'never', type: 'note' }] } as unknown as Journey;
    const s: Scenario = { id: 's', name: 'X', changes: [] };
    const r = checkScenario({ ...broken, scenarios: [s] }, s, 's', ['name']);
    expect(r.ok).toBe(true);
  });

  it('finds text that looks like a personnummer', () => {
    const r = check({ id: 's', name: 'Plan för 19811218-9876', changes: [] });
    expect(r.personnummer.map((e) => e.path)).toEqual(['name']);
  });

  it('reads paths relative to the scenario', () => {
    expect(relativePath('scenarios[1].name', 'scenarios[1]')).toBe('name');
    expect(relativePath('scenarios[1]', 'scenarios[1]')).toBe('');
    expect(relativePath('scenarios[10].name', 'scenarios[1]')).toBeNull();
  });
});
