/** Duplicates by id or participant.ref, and the three choices. */
import { describe, expect, it } from 'vitest';
import { type Journey, findDuplicates, generateCohort, resolveDuplicates } from './index';

const [a, b, c] = generateCohort(3, 1, '2026-01-01');
const withRef = (j: Journey, id: string, ref: string): Journey => ({
  ...j,
  id,
  participant: { ...j.participant, ref },
});

describe('findDuplicates', () => {
  it('finds the same id, or the same participant.ref, among the incoming and against existing ones', () => {
    const incoming = [a, b, withRef(c, 'other', a.participant.ref), withRef(c, b.id, 'P-new')];
    expect(findDuplicates(incoming, [])).toEqual([
      { index: 2, of: { incoming: 0 }, by: 'ref' },
      { index: 3, of: { incoming: 1 }, by: 'id' },
    ]);
    const existing = [{ id: a.id, ref: a.participant.ref }];
    expect(findDuplicates([a, c], existing)).toEqual([{ index: 0, of: { existing: existing[0] }, by: 'id' }]);
  });
});

describe('resolveDuplicates', () => {
  const incoming = [a, b, withRef(c, 'J-new', a.participant.ref)];
  const existing = [{ id: b.id, ref: b.participant.ref }];
  // Found in each test, not while the file is collected: a mutant reached there would be static to Stryker.
  const dups = () => findDuplicates(incoming, existing);

  it('skip: leaves every duplicate out', () => {
    const r = resolveDuplicates(incoming, dups(), 'skip', existing);
    expect(r.journeys.map((j) => j.id)).toEqual([a.id]);
    expect(r).toMatchObject({ skipped: 2, renamed: 0, replaced: [] });
  });

  it('replace: the later one wins, and the existing one is named for removal', () => {
    const r = resolveDuplicates(incoming, dups(), 'replace', existing);
    expect(r.journeys.map((j) => j.id)).toEqual([b.id, 'J-new']);
    expect(r.replaced).toEqual(existing);
  });

  it('replace, a file loaded twice beside the saved copy: each saved journey is named once, the earlier copy superseded', () => {
    const saved = [a, b].map((j) => ({ id: j.id, ref: j.participant.ref }));
    const twice = [a, b, { ...a, title: 'later' } as Journey, b];
    const found = findDuplicates(twice, saved);
    expect(found.map((d) => d.of)).toEqual([
      { existing: saved[0] },
      { existing: saved[1] },
      { incoming: 0 },
      { incoming: 1 },
    ]);
    const r = resolveDuplicates(twice, found, 'replace', saved);
    expect(r.replaced).toEqual(saved);
    expect(r.superseded).toBe(2);
    expect(r.journeys).toEqual([twice[2], twice[3]]);
    const skip = resolveDuplicates(twice, found, 'skip', saved);
    expect(skip).toMatchObject({ journeys: [], skipped: 4, superseded: 0, replaced: [] });
  });

  it('keepBoth: the later one gets an id and ref of its own', () => {
    const r = resolveDuplicates(incoming, dups(), 'keepBoth', existing);
    expect(r.journeys.map((j) => [j.id, j.participant.ref])).toEqual([
      [a.id, a.participant.ref],
      [`${b.id} (2)`, `${b.participant.ref} (2)`],
      ['J-new', `${a.participant.ref} (2)`],
    ]);
    expect(findDuplicates(r.journeys, existing)).toEqual([]);
  });

  it('nothing repeated: every journey is added as it is, whatever the choice', () => {
    const saved = [{ id: 'J-saved', ref: 'P-saved' }];
    for (const choice of ['skip', 'replace', 'keepBoth'] as const) {
      const r = resolveDuplicates([a, b, c], findDuplicates([a, b, c], saved), choice, saved);
      expect(r).toEqual({ journeys: [a, b, c], replaced: [], superseded: 0, skipped: 0, renamed: 0 });
      expect(r.journeys[0]).toBe(a);
    }
  });
});
