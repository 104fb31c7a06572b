/**
 * The sequence plot's sort (issue #26): the packed numeric sort gives exactly the order of the
 * plain comparator (key, then cohort order) on seeded cohorts, and the comparator still
 * sorts what the packed keys cannot hold.
 */
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../domain';
import { type JourneyFacts, journeyFacts } from '../domain/cohort/facts';
import { SORTS, type SequenceSort, sortSequences } from './sequenceLayout';

/** What the sort means, written plainly. */
function reference(facts: readonly JourneyFacts[], sort: SequenceSort): JourneyFacts[] {
  const key = (f: JourneyFacts) =>
    sort === 'wait' ? -f.longestWait : sort === 'greyZone' ? -f.greyZoneDays : (f.anchor as string);
  return facts
    .filter((f) => f.anchor !== null)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.index - b.index));
}

const asOf = '2026-11-28';
const options = { asOf, anchor: 'forstegEnd', from: -30, to: 90 };

describe('sortSequences', () => {
  for (const seed of [3, 11, 29]) {
    const facts = generateCohort(1_500, seed, asOf).map((j, i) => journeyFacts(j, i, options));
    for (const sort of SORTS)
      it(`orders ${sort} as the plain comparator does (seed ${seed}), ties in cohort order`, () => {
        const sorted = sortSequences(facts, sort);
        expect(sorted.map((f) => f.index)).toEqual(reference(facts, sort).map((f) => f.index));
        // Ties there are, so the tie order is tested.
        const keys = sorted.map((f) =>
          sort === 'anchor' ? f.anchor : sort === 'wait' ? f.longestWait : f.greyZoneDays,
        );
        expect(new Set(keys).size).toBeLessThan(keys.length);
      });
  }

  it('keeps the cohort order for ties when the rows come out of it, and sorts keys it cannot pack', () => {
    const facts = generateCohort(400, 5, asOf).map((j, i) => journeyFacts(j, i, options));
    const shuffled = [...facts].reverse();
    for (const sort of SORTS)
      expect(sortSequences(shuffled, sort).map((f) => f.index)).toEqual(reference(facts, sort).map((f) => f.index));
    // A wait that is not a whole number of days (never made by the domain) is still placed by its value.
    const odd = facts.map((f, i) => (i === 7 ? { ...f, longestWait: 10_000.5 } : f));
    const sorted = sortSequences(odd, 'wait');
    expect(sorted.map((f) => f.index)).toEqual(reference(odd, 'wait').map((f) => f.index));
    if (odd[7].anchor !== null) expect(sorted[0].index).toBe(7);
  });

  it('orders anchor dates across months and years as the dates do', () => {
    const base = generateCohort(3, 1, asOf).map((j, i) => journeyFacts(j, i, options));
    const withAnchor = base.find((f) => f.anchor !== null) as JourneyFacts;
    const days = ['2026-01-31', '2025-12-31', '2026-02-01', '2025-12-01', '2026-01-01', '2026-01-31'];
    const facts = days.map((anchor, index) => ({ ...withAnchor, index, anchor }));
    expect(sortSequences(facts, 'anchor').map((f) => f.anchor)).toEqual([
      '2025-12-01',
      '2025-12-31',
      '2026-01-01',
      '2026-01-31',
      '2026-01-31',
      '2026-02-01',
    ]);
    expect(sortSequences(facts, 'anchor').map((f) => f.index)).toEqual([3, 1, 4, 0, 5, 2]);
  });
});
