/**
 * Counts by key (tally.ts): any key, "__proto__" and "constructor" included, is a count like any other
 * and never reaches the object's prototype (the first mutation run found no test of that, issue #29).
 */
import { describe, expect, it } from 'vitest';
import { bump, count, keys, mergeTallies, numericKeys } from './tally';

describe('a tally', () => {
  it('counts keys that name the prototype’s own properties like any other key', () => {
    const t = {};
    bump(t, '__proto__');
    bump(t, '__proto__', 2);
    bump(t, 'constructor');
    expect(count(t, '__proto__')).toBe(3);
    expect(count(t, 'constructor')).toBe(1);
    expect(count(t, 'toString')).toBe(0);
    expect(keys(t).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
    // It survives JSON as it survives postMessage: a plain object of numbers.
    const back = JSON.parse(JSON.stringify(mergeTallies(t, t))) as Record<string, number>;
    expect(count(back, '__proto__')).toBe(6);
  });

  it('numeric keys come back as numbers, ascending', () => {
    const t = {};
    for (const k of [30, 4, 100, 0]) bump(t, k);
    expect(numericKeys(t)).toEqual([0, 4, 30, 100]);
  });
});
