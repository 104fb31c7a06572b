/**
 * Seeded properties of the accumulators: the figures of a random generated cohort equal the
 * merge of the figures of any split of it, in either order, also after a trip through JSON
 * (as a Web Worker or a pooled report would carry the state).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analyze';
import type { Journey } from '../schema';
import type { Accumulator } from './accumulator';
import { alignAccumulator, alignCohort } from './align';
import { analyzeCohort, cohortAccumulator, figureBases } from './figures';
import { generateCohort } from './generate';

const ASOF = '2026-03-02';
const SETTINGS = { seed: 20260302, numRuns: 40 };

/** A cohort of 0-80 generated journeys and 0-4 cut points into it. */
const splitCohort = fc
  .record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), n: fc.integer({ min: 0, max: 80 }) })
  .chain(({ seed, n }) =>
    fc.record({
      journeys: fc.constant(generateCohort(n, seed, ASOF)),
      cuts: fc.uniqueArray(fc.integer({ min: 0, max: n }), { maxLength: 4 }).map((c) => [...c].sort((a, b) => a - b)),
    }),
  );

/** The states of each part, each journey added with its index in the whole cohort. */
function parts<S>(
  acc: Accumulator<S, unknown> & { analyze(j: Journey): Analysis },
  journeys: Journey[],
  cuts: number[],
): S[] {
  const bounds = [0, ...cuts, journeys.length];
  return bounds.slice(1).map((end, i) => {
    const state = acc.empty();
    for (let j = bounds[i]; j < end; j++) acc.add(state, journeys[j], acc.analyze(journeys[j]), j);
    return state;
  });
}

const viaJson = <S>(state: S): S => JSON.parse(JSON.stringify(state)) as S;

describe('cohort figures merge', () => {
  const options = { asOf: ASOF, ignoreGapsUpToDays: 3 };
  const acc = cohortAccumulator(options);

  it('any split, merged left to right, right to left or after JSON, finishes to the figures (and bases) of the whole', () => {
    fc.assert(
      fc.property(splitCohort, ({ journeys, cuts }) => {
        const whole = analyzeCohort(journeys, options);
        const states = parts(acc, journeys, cuts);
        expect(acc.finish(states.reduce((a, b) => acc.merge(a, b), acc.empty()))).toEqual(whole);
        expect(acc.finish(states.reduceRight((a, b) => acc.merge(b, a), acc.empty()))).toEqual(whole);
        expect(acc.finish(states.map(viaJson).reduce((a, b) => acc.merge(b, a), acc.empty()))).toEqual(whole);
        // The journeys behind the percentiles and the survival (the small-cell rule) add up too.
        const [wholeState] = parts(acc, journeys, []);
        expect(figureBases(states.reduce((a, b) => acc.merge(a, b), acc.empty()))).toEqual(figureBases(wholeState));
        expect(figureBases(states.reduceRight((a, b) => acc.merge(b, a), acc.empty()))).toEqual(
          figureBases(wholeState),
        );
      }),
      SETTINGS,
    );
  });

  it('merge(a, b) and merge(b, a) finish identically and leave a and b alone', () => {
    fc.assert(
      fc.property(splitCohort, ({ journeys, cuts }) => {
        const [a, b = acc.empty()] = parts(acc, journeys, cuts.slice(0, 1));
        const before = viaJson([a, b]);
        expect(acc.finish(acc.merge(a, b))).toEqual(acc.finish(acc.merge(b, a)));
        expect([a, b]).toEqual(before);
      }),
      SETTINGS,
    );
  });

  it('refuses to merge figures of different reference days', () => {
    const other = cohortAccumulator({ asOf: '2026-01-01' });
    // Named as figures, not as the waits inside them (which refuse too, in their own words).
    expect(() => acc.merge(acc.empty(), other.empty())).toThrow(
      new RangeError('cannot merge figures as of 2026-03-02 with figures as of 2026-01-01'),
    );
  });

  it('refuses a reference day that is not a calendar date, naming it', () => {
    expect(() => cohortAccumulator({ asOf: '2026-02-30' })).toThrow(new TypeError('asOf "2026-02-30" is not a date'));
  });
});

describe('alignment merges', () => {
  const options = { asOf: ASOF, anchor: 'forstegEnd', from: -60, to: 200 };
  const acc = alignAccumulator(options);

  it('any split, merged in any order or after JSON, finishes to the alignment of the whole', () => {
    fc.assert(
      fc.property(splitCohort, ({ journeys, cuts }) => {
        const whole = alignCohort(journeys, options);
        const states = parts(acc, journeys, cuts);
        expect(acc.finish(states.reduce((a, b) => acc.merge(a, b), acc.empty()))).toEqual(whole);
        expect(acc.finish(states.map(viaJson).reduceRight((a, b) => acc.merge(a, b), acc.empty()))).toEqual(whole);
      }),
      SETTINGS,
    );
  });
});
