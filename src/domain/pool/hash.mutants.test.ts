/**
 * The check of a figures file (docs/format.md, figures files): its state as JSON with sorted
 * keys, hashed with cyrb53 (53 bits, 14 hexadecimal digits).
 */
import { describe, expect, it } from 'vitest';
import { checkOf, cyrb53 } from './hash';

/** The check of a JSON text, as the format states it. */
const hex = (text: string) => cyrb53(text).toString(16).padStart(14, '0');

describe('cyrb53', () => {
  it('gives the published values of cyrb53 (seed 0)', () => {
    expect(cyrb53('a')).toBe(7929297801672961);
    expect(cyrb53('b')).toBe(8684336938537663);
    expect(cyrb53('revenge')).toBe(4051478007546757);
    expect(cyrb53('revenue')).toBe(8309097637345594);
  });
});

describe('checkOf', () => {
  it('is 14 hexadecimal digits, padded with zeros', () => {
    expect(checkOf('revenge')).toMatch(/^[0-9a-f]{14}$/);
    expect(hex('revenge')).toBe('0e64cc3b748385');
  });

  it('hashes the JSON of a value', () => {
    expect(checkOf('ab')).toBe(hex('"ab"'));
    expect(checkOf(12)).toBe(hex('12'));
    expect(checkOf(null)).toBe(hex('null'));
    expect(checkOf(true)).toBe(hex('true'));
    expect(checkOf([1, 'x', null])).toBe(hex('[1,"x",null]'));
  });

  it('sorts the keys of objects, at every depth', () => {
    const text = '{"a":[{"c":null,"d":2}],"b":{"e":"f","g":1}}';
    expect(checkOf({ b: { g: 1, e: 'f' }, a: [{ d: 2, c: null }] })).toBe(hex(text));
    expect(checkOf({ b: 1, a: 2 })).toBe(checkOf({ a: 2, b: 1 }));
  });

  it('writes what JSON cannot hold as null', () => {
    expect(checkOf(undefined)).toBe(hex('null'));
    expect(checkOf([undefined])).toBe(hex('[null]'));
    expect(checkOf({ a: undefined })).toBe(hex('{"a":null}'));
  });

  it('differs when a figure differs', () => {
    expect(checkOf({ journeys: 10 })).not.toBe(checkOf({ journeys: 11 }));
  });
});
