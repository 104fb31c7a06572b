/**
 * Duplicate journeys on import (docs/format.md "Files": the same journey `id` or the same
 * `participant.ref` is one participant; replace the earlier one, keep both as separate journeys,
 * or skip the duplicates): the rules that the mutation run of `duplicates.ts` (issue #29) found
 * untested. Each test was seen to fail with its mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { type Journey, type JourneyIdentity, findDuplicates, identityOf, resolveDuplicates } from './index';

const journey = (id: string, ref: string): Journey => ({
  format: 'journey',
  version: 1,
  id,
  participant: { ref },
  interventions: [],
});
const pairs = (js: readonly Journey[]) => js.map((j) => [j.id, j.participant.ref]);

describe('what a journey is known by', () => {
  it('is its id and its participant’s ref', () => {
    expect(identityOf({ ...journey('j-1', 'P-1'), title: 'x' } as Journey)).toEqual({ id: 'j-1', ref: 'P-1' });
  });
});

describe('a duplicate of a journey already loaded', () => {
  it('by ref alone names that journey', () => {
    const existing: JourneyIdentity[] = [{ id: 'j-old', ref: 'P-1' }];
    expect(findDuplicates([journey('j-new', 'P-1')], existing)).toEqual([
      { index: 0, of: { existing: existing[0] }, by: 'ref' },
    ]);
  });

  it('replace: one loaded journey repeated by two incoming ones (one by id, one by ref) is replaced once', () => {
    const existing: JourneyIdentity[] = [{ id: 'j-1', ref: 'P-1' }];
    const incoming = [journey('j-1', 'P-2'), journey('j-3', 'P-1')];
    const found = findDuplicates(incoming, existing);
    expect(found.map((d) => d.of)).toEqual([{ existing: existing[0] }, { existing: existing[0] }]);
    const r = resolveDuplicates(incoming, found, 'replace', existing);
    expect(r).toEqual({ journeys: incoming, replaced: existing, superseded: 0, skipped: 0, renamed: 0 });
  });
});

describe('keepBoth: a kept journey’s new id and ref repeat nothing that stays', () => {
  // Loaded: j and j (2); incoming: j again, and a journey of its own that is already called j (3).
  const existing: JourneyIdentity[] = [
    { id: 'j', ref: 'P' },
    { id: 'j (2)', ref: 'P (2)' },
  ];
  const incoming = [journey('j', 'P'), journey('j (3)', 'P (3)')];

  it('skips names taken by loaded and by incoming journeys: j (4), not j (2) or j (3)', () => {
    const found = findDuplicates(incoming, existing);
    expect(found).toEqual([{ index: 0, of: { existing: existing[0] }, by: 'id' }]);
    const r = resolveDuplicates(incoming, found, 'keepBoth', existing);
    expect(pairs(r.journeys)).toEqual([
      ['j (4)', 'P (4)'],
      ['j (3)', 'P (3)'],
    ]);
    expect(findDuplicates(r.journeys, existing)).toEqual([]);
  });
});

describe('the counts of a resolution', () => {
  // j-1 twice in the file and once more, by ref, beside the loaded j-0.
  const existing: JourneyIdentity[] = [{ id: 'j-0', ref: 'P-0' }];
  const incoming = [journey('j-1', 'P-1'), journey('j-1', 'P-1'), journey('j-2', 'P-0')];
  // Found in each test, not while the file is collected: a mutant reached there would be static to Stryker.
  const found = () => findDuplicates(incoming, existing);

  it('keepBoth counts each renamed journey, and nothing skipped or superseded', () => {
    const r = resolveDuplicates(incoming, found(), 'keepBoth', existing);
    expect(r).toMatchObject({ renamed: 2, skipped: 0, superseded: 0, replaced: [] });
    expect(pairs(r.journeys)).toEqual([
      ['j-1', 'P-1'],
      ['j-1 (2)', 'P-1 (2)'],
      ['j-2', 'P-0 (2)'],
    ]);
  });

  it('replace counts the superseded journeys of the file, and none as skipped', () => {
    const r = resolveDuplicates(incoming, found(), 'replace', existing);
    expect(r).toEqual({
      journeys: [incoming[1], incoming[2]],
      replaced: existing,
      superseded: 1,
      skipped: 0,
      renamed: 0,
    });
  });

  it('skip counts the skipped journeys, and none as superseded', () => {
    const r = resolveDuplicates(incoming, found(), 'skip', existing);
    expect(r).toEqual({ journeys: [incoming[0]], replaced: [], superseded: 0, skipped: 2, renamed: 0 });
  });
});
