/** Reading cohort files (docs/format.md, "Files"). */
import { describe, expect, it } from 'vitest';
import { parseCohort } from './index';
import { valid, text, set, with_ } from './testing/parseBuilders';

describe('parseCohort', () => {
  const cohort = (journeys: unknown[]) => text({ format: 'cohort', version: 1, journeys });

  it('reads a cohort of valid journeys', () => {
    const second = with_(set('id', 'j-2'));
    const r = parseCohort(cohort([valid(), second]));
    expect(r).toEqual({
      ok: true,
      cohort: { format: 'cohort', version: 1, journeys: [valid(), second] },
      warnings: [],
    });
  });

  it('reads an empty cohort', () => {
    expect(parseCohort(cohort([])).ok).toBe(true);
  });

  it('prefixes the problems of a member with its place: journeys[1].', () => {
    const bad = with_(set('interventions[0].start', '2025-13-01'), set('scenarios[0].changes[1].intervention', 'zz'));
    const r = parseCohort(cohort([valid(), bad]));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path)).toEqual([
      'journeys[1].interventions[0].start',
      'journeys[1].scenarios[0].changes[1].intervention',
    ]);
  });

  it('prefixes the warnings of a member too', () => {
    const warned = with_(set('actors[0].color', 'purple'));
    const r = parseCohort(cohort([valid(), valid(), warned]));
    expect(r.ok && r.warnings.map((w) => w.path)).toEqual(['journeys[2].actors[0].color']);
  });

  it('refuses a member from a newer version at its path', () => {
    const r = parseCohort(cohort([valid(), with_(set('version', 2))]));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'journeys[1].version', code: 'newerVersion' }] });
  });

  it('refuses a member that is not an object', () => {
    const r = parseCohort(cohort([valid(), 'j-2']));
    expect(r).toMatchObject({ ok: false, errors: [{ path: 'journeys[1]' }] });
  });

  it('refuses a cohort without a journeys list', () => {
    expect(parseCohort(text({ format: 'cohort', version: 1 }))).toMatchObject({
      ok: false,
      errors: [{ path: 'journeys' }],
    });
  });

  it('refuses a newer cohort version', () => {
    expect(parseCohort(text({ format: 'cohort', version: 2, journeys: [] }))).toMatchObject({
      ok: false,
      errors: [{ path: 'version', code: 'newerVersion' }],
    });
  });

  it('refuses a journey file with a message that says it is a journey', () => {
    const r = parseCohort(text(valid()));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0].message).toMatch(/journey/);
  });

  it('never throws', () => {
    for (const input of [undefined, 42, '', '[', 'null', '[]', '{"format":"cohort","version":1,"journeys":{}}']) {
      const r = parseCohort(input as never);
      expect(r.ok).toBe(false);
    }
  });
});
