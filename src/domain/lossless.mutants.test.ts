/**
 * The lossless JSON reader and writer (issue 14, item 11; docs/format.md, "Files": strict JSON,
 * numbers kept as written, nothing lost): the behaviours that the mutation run of `lossless.ts`
 * (issue #29) found untested. Each test was seen to fail with its report mutant planted by a script.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJourney } from './index';
import { MAX_DEPTH, TooDeepError, isRawNumber, parseJsonLossless, readNumber, stringifyJson } from './lossless';

/** What `f` throws: its class and message. */
const thrown = (f: () => unknown): [string, string] | 'nothing' => {
  try {
    f();
  } catch (e) {
    return [(e as Error).constructor.name, (e as Error).message];
  }
  return 'nothing';
};

describe('readNumber: a plain number whenever the double holds the value as written', () => {
  it('reads a value written with other digits than the double’s own text as that double', () => {
    for (const [raw, value] of [
      ['0.0', 0],
      ['0e5', 0],
      ['1.0', 1],
      ['100e-2', 1],
      ['15e-1', 1.5],
      ['0.0000001', 1e-7],
      ['-0.0000001', -1e-7],
      ['-1.0', -1],
      ['1e21', 1e21],
      ['123456789012345', 123456789012345],
      ['1234567890123456', 1234567890123456],
      ['-9007199254740991', -9007199254740991],
    ] as const) {
      expect(readNumber(raw), raw).toBe(value);
    }
  });

  it('keeps minus zero as written in any spelling (the double -0 is written back as 0)', () => {
    for (const raw of ['-0.0', '-0e5', '-0.000']) {
      const n = readNumber(raw);
      expect(isRawNumber(n), raw).toBe(true);
      expect(String(n)).toBe(raw);
    }
  });
});

describe('parseJsonLossless refuses what JSON.parse refuses, saying where', () => {
  it('throws a SyntaxError naming the position for each kind of broken text', () => {
    for (const [text, message] of [
      ['{"a" 1}', 'expected : at position 5'],
      ['{"a",1}', 'expected : at position 4'],
      ['{1:2}', 'expected a string at position 1'],
      ['{"k":"\\u12"}', 'expected a string at position 5'],
      ['{"a":1,}', 'expected a key at position 7'],
      ['[1 2]', 'expected , or ] at position 3'],
      ['{"a":1 "b":2}', 'expected , or } at position 7'],
      ['1 2', 'unexpected text after the end at position 2'],
      ['tru', 'unexpected "t" at position 0'],
    ] as const) {
      expect(() => JSON.parse(text), text).toThrow(SyntaxError);
      expect(
        thrown(() => parseJsonLossless(text)),
        text,
      ).toEqual(['SyntaxError', message]);
    }
  });

  it('refuses a file with a comma where the colon belongs as not JSON', () => {
    const r = parseJourney('{"format","journey"}');
    expect(r.ok ? 'ok' : r.errors.map((e) => [e.path, e.code])).toEqual([['', 'notJson']]);
  });

  it('throws exactly when JSON.parse throws, for JSON text with one character inserted, replaced or deleted', () => {
    fc.assert(
      fc.property(
        fc.json({ maxDepth: 3 }),
        fc.nat(),
        fc.constantFrom(...'{}[]:,"\\ 0123456789.eE+-tfnu'),
        fc.constantFrom('insert', 'replace', 'delete'),
        (json, at, c, how) => {
          const p = at % (json.length + 1);
          const text =
            how === 'insert'
              ? json.slice(0, p) + c + json.slice(p)
              : json.slice(0, p) + (how === 'replace' ? c : '') + json.slice(p + 1);
          const native = thrown(() => JSON.parse(text));
          const ours = thrown(() => parseJsonLossless(text));
          expect(ours === 'nothing', text).toBe(native === 'nothing');
          if (ours !== 'nothing') expect(ours[0], text).toBe('SyntaxError');
        },
      ),
      { seed: 29, numRuns: 2000 },
    );
  });

  it(`names the place of nesting deeper than ${MAX_DEPTH} levels, in the error's path and message`, () => {
    const text = `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`;
    let error: unknown;
    try {
      parseJsonLossless(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TooDeepError);
    expect((error as TooDeepError).message).toBe('nested more than 1000 levels deep');
    expect((error as TooDeepError).path).toEqual(Array.from({ length: MAX_DEPTH }, () => 0));
  });

  it(`reads more than ${MAX_DEPTH} empty objects or lists side by side: they are no deeper than one`, () => {
    for (const empty of ['{}', '[]']) {
      const text = `{"x":[${Array.from({ length: 2 * MAX_DEPTH }, () => empty).join(',')}]}`;
      const { value } = parseJsonLossless(text);
      expect(value).toEqual({ x: Array.from({ length: 2 * MAX_DEPTH }, () => JSON.parse(empty) as unknown) });
    }
  });
});

describe('parseJsonLossless: a key named __proto__ is data like any other', () => {
  it('is an own property that can be changed and deleted like the others', () => {
    const { value, duplicates } = parseJsonLossless('{"__proto__":{"x":1},"b":2}');
    expect(duplicates).toEqual([]);
    const o = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    const data = { writable: true, enumerable: true, configurable: true };
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')).toEqual({ value: { x: 1 }, ...data });
    expect(Object.getOwnPropertyDescriptor(o, 'b')).toEqual({ value: 2, ...data });
    // What an edit does to a property (modules are strict: a read-only or fixed one would throw).
    o['__proto__'] = 5;
    expect(Object.getOwnPropertyDescriptor(o, '__proto__')).toEqual({ value: 5, ...data });
    delete o['__proto__'];
    expect(Object.keys(o)).toEqual(['b']);
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
  });

  it('written twice in one object is a duplicate, with its path', () => {
    expect(parseJsonLossless('{"a":{"__proto__":1,"__proto__":2}}').duplicates).toEqual([
      { path: ['a', '__proto__'], key: '__proto__' },
    ]);
  });
});

describe('stringifyJson writes what JSON.stringify(value, null, 2) writes', () => {
  it('calls toJSON, at any depth', () => {
    const value = { when: new Date(Date.UTC(2025, 0, 2)), nested: [{ toJSON: () => ({ a: [1] }) }] };
    const expected =
      '{\n  "when": "2025-01-02T00:00:00.000Z",\n  "nested": [\n    {\n      "a": [\n        1\n      ]\n    }\n  ]\n}';
    expect(JSON.stringify(value, null, 2)).toBe(expected);
    expect(stringifyJson(value)).toBe(expected);
  });

  it('leaves out of an object what JSON has no text for, and writes null for it in a list', () => {
    const object = { a: undefined, b: () => 1, c: Symbol('s'), d: 1 };
    expect(stringifyJson(object)).toBe('{\n  "d": 1\n}');
    expect(stringifyJson({ a: undefined })).toBe('{}');
    const list = [undefined, () => 1, Symbol('s')];
    expect(stringifyJson(list)).toBe('[\n  null,\n  null,\n  null\n]');
    expect(stringifyJson(object)).toBe(JSON.stringify(object, null, 2));
    expect(stringifyJson(list)).toBe(JSON.stringify(list, null, 2));
  });

  it('writes a number that is not finite as null, and -0 as 0', () => {
    const list = [NaN, Infinity, -Infinity, -0];
    expect(stringifyJson(list)).toBe('[\n  null,\n  null,\n  null,\n  0\n]');
    expect(stringifyJson(list)).toBe(JSON.stringify(list, null, 2));
    expect(stringifyJson({ n: NaN })).toBe('{\n  "n": null\n}');
  });

  it('unlike JSON.stringify, writes null for a value with no text at the top, and a bigint as its digits', () => {
    expect(stringifyJson(undefined)).toBe('null');
    expect(stringifyJson(() => 1)).toBe('null');
    expect(stringifyJson(NaN)).toBe('null');
    const text = stringifyJson({ n: 123456789012345678901234567890n });
    expect(text).toBe('{\n  "n": 123456789012345678901234567890\n}');
    const back = (parseJsonLossless(text).value as { n: unknown }).n;
    expect(isRawNumber(back) && String(back)).toBe('123456789012345678901234567890');
  });
});
