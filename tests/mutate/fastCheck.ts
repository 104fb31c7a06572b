/**
 * fast-check for mutation runs only (vitest.mutate.config.ts aliases `fast-check` here; `npm test`
 * never sees this file). Every property runs at most `RESAN_MUTATE_RUNS` times (50 unless set;
 * 0 = as many as the test asks), with the test's own seed: the first runs of a seeded property are
 * the same values as in `npm test`, only fewer. A mutant is run against each test that reaches it,
 * and a property of 300 runs reached by every mutant of analyze.ts made a mutant take 15-25 s.
 */
import * as real from '../../node_modules/fast-check/lib/fast-check.js';
import type { IAsyncProperty, IProperty, Parameters } from '../../node_modules/fast-check/lib/fast-check.js';

export * from '../../node_modules/fast-check/lib/fast-check.js';

const setting = Number(process.env.RESAN_MUTATE_RUNS ?? 50);
const cap = Number.isInteger(setting) && setting > 0 ? setting : Infinity;

function capped<T>(params?: Parameters<T>): Parameters<T> {
  return { ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) };
}

export function assert<T>(property: IProperty<T>, params?: Parameters<T>): void;
export function assert<T>(property: IAsyncProperty<T>, params?: Parameters<T>): Promise<void>;
export function assert<T>(property: IProperty<T> | IAsyncProperty<T>, params?: Parameters<T>): void | Promise<void> {
  return real.assert(property as IProperty<T>, capped(params));
}

export default { ...real.default, assert };
