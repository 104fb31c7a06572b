/**
 * The state runs behind the alignment (section 7) where the first mutation run of states.ts (issue
 * #29) found them untested: `subtract`, held to the difference of two sets of days, and a window
 * that lies wholly outside the journey's horizon.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyze';
import { dayNumber } from '../dates';
import { type Interval, union } from '../intervals';
import { itemsOf } from './anchor';
import { ASOF, journey } from './fixtures';
import { stateRuns, subtract } from './states';

/** The days an interval list covers, walked one by one (the reference `subtract` must agree with). */
const days = (list: readonly Interval[]) =>
  new Set(list.flatMap((i) => [...Array(i.end - i.start + 1)].map((_, k) => i.start + k)));
/** Maximal runs of a set of days, ascending. */
const runsOf = (set: ReadonlySet<number>): Interval[] => union([...set].map((d) => ({ start: d, end: d })));

const intervals = fc
  .array(
    fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 6 }))
      .map(([start, len]) => ({ start, end: start + len })),
    { maxLength: 6 },
  )
  .map(union);

describe('subtract', () => {
  it('gives the days of a that b does not cover, as maximal runs, for sorted disjoint lists', () => {
    fc.assert(
      fc.property(intervals, intervals, (a, b) => {
        const inB = days(b);
        const expected = runsOf(new Set([...days(a)].filter((d) => !inB.has(d))));
        expect(subtract(a, b)).toEqual(expected);
      }),
      { seed: 29, numRuns: 300 },
    );
  });

  it('an interval whose last day b covers alone leaves nothing of it', () => {
    expect(
      subtract(
        [{ start: 0, end: 5 }],
        [
          { start: 0, end: 4 },
          { start: 5, end: 5 },
        ],
      ),
    ).toEqual([]);
  });

  it('b starting on a’s first day cuts no empty run before it', () => {
    expect(subtract([{ start: 3, end: 9 }], [{ start: 3, end: 4 }])).toEqual([{ start: 5, end: 9 }]);
  });

  it('nothing taken away leaves a as it is', () => {
    expect(
      subtract(
        [
          { start: 1, end: 2 },
          { start: 5, end: 8 },
        ],
        [],
      ),
    ).toEqual([
      { start: 1, end: 2 },
      { start: 5, end: 8 },
    ]);
  });
});

describe('stateRuns', () => {
  it('a window wholly before the journey’s horizon is unobserved, every day, and nothing else', () => {
    const j = journey('late', [{ kind: 'komvux', start: '2025-06-01', end: '2025-06-30' }]);
    const a = analyzeJourney(j, { asOf: ASOF });
    const window = { start: dayNumber('2025-01-01'), end: dayNumber('2025-01-31') };
    expect(stateRuns(itemsOf(j, a), a, window)).toEqual({
      unobserved: [window],
      employment: [],
      activity: [],
      greyZone: [],
      gap: [],
    });
  });
});
