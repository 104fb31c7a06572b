/**
 * The shape of every cohort figure: a monoid over journeys, like Beam's `CombineFn`. `empty()`
 * makes a state, `add` puts one analysed journey into it (mutating and returning it, for
 * speed), `merge` combines two states into a new one (leaving both alone) and `finish` reads
 * the figures. States are plain objects and arrays: they survive `postMessage` and JSON.
 * `index` is the journey's position in the whole cohort; it orders lists, so any split of a
 * cohort, merged in any order, finishes to the same figures.
 */
import type { Analysis } from '../analyze';
import type { Journey } from '../schema';

export type Accumulator<State, Result> = {
  empty(): State;
  add(state: State, journey: Journey, analysis: Analysis, index: number): State;
  merge(a: State, b: State): State;
  finish(state: State): Result;
};

/** Elementwise sum of two equally long arrays. */
export function addArrays(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new RangeError(`cannot merge arrays of ${a.length} and ${b.length} entries`);
  return a.map((v, i) => v + b[i]);
}
