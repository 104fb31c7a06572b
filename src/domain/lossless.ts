/**
 * JSON without silent changes (issue 14, item 11). `JSON.parse` rounds numbers beyond double
 * precision (`1e400` becomes Infinity and is written back as `null`; `9007199254740993`
 * becomes `...992`), lets the last of two equal keys win without a word, and a file read with
 * a reviver cannot keep a key named `__proto__` as data. This reader accepts exactly the text
 * `JSON.parse` accepts (the importer asks `JSON.parse` for the usual wording of an error), and:
 *
 * - keeps every number whose value a double cannot hold as a `String` object with its source
 *   text (a "raw number"), which `stringifyJson` writes back byte for byte; it survives
 *   structured cloning (IndexedDB) and spreading; the validation turns a raw number back into
 *   a plain number where the format names a number (see `unwrapRawNumbers` in parse.ts);
 * - sets every property as an own data property, so `__proto__`, `constructor` and
 *   `prototype` are kept as data and never reach a prototype;
 * - lists every key written twice in one object, with its path.
 *
 * It walks with its own stack, and refuses nesting deeper than `MAX_DEPTH` (naming the place):
 * deeper data could not be saved or exported, which work recursively.
 */
import type { PathSegment } from './issues';

export type RawNumber = string & { readonly rawNumber: unique symbol };

/** A number kept as written (a `String` object holding its source text). */
export function isRawNumber(v: unknown): v is RawNumber {
  // null is an object to `typeof`, but `[object Null]` to `toString`.
  return typeof v === 'object' && Object.prototype.toString.call(v) === '[object String]';
}

/** `1.50e2` → `15e1`: sign, significant digits and the point's place, to compare values exactly. */
function canonical(text: string): string {
  const sign = text.startsWith('-') ? '-' : '';
  const [mantissa, exponent] = text.slice(sign.length).split(/[eE]/) as [string, string?];
  const [whole, fraction = ''] = mantissa.split('.') as [string, string?];
  const digits = whole + fraction;
  let point = whole.length + Number(exponent ?? 0);
  let start = 0;
  // Past the last digit `digits[start]` is undefined: all zeros stop there.
  while (digits[start] === '0') {
    start++;
    point--;
  }
  let end = digits.length;
  while (end > start && digits[end - 1] === '0') end--;
  return start === end ? `${sign}0` : `${sign}${digits.slice(start, end)}e${point}`;
}

/**
 * The number, or a raw number when a double cannot hold its value exactly as written: when the
 * double's own text (`String(n)`) is another value (`1e400`, `9007199254740993`, `-0`, which
 * would be written back as `0`). `1.50`, `15e-1` and `0.0000001` are the doubles 1.5, 1.5, 1e-7.
 */
export function readNumber(text: string): number | RawNumber {
  const n = Number(text);
  if (Number.isFinite(n) && canonical(String(n)) === canonical(text)) return n;
  return new String(text) as unknown as RawNumber;
}

export const MAX_DEPTH = 1000;

/** Thrown for data nested deeper than `MAX_DEPTH`, with the path where it went too deep. */
export class TooDeepError extends Error {
  constructor(readonly path: PathSegment[]) {
    super(`nested more than ${MAX_DEPTH} levels deep`);
  }
}

export type Duplicate = { path: PathSegment[]; key: string };

type Frame = {
  container: Record<string, unknown> | unknown[];
  key: string | null;
  parent: Frame | null;
  seg: PathSegment | null;
};

const WS = /[ \t\n\r]*/y;
// A JSON string: no raw control characters, only JSON's escapes (the loop unrolled, so long strings do not backtrack).
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters.
const STRING = /"[^"\\\u0000-\u001f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\u0000-\u001f]*)*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function pathOf(frame: Frame | null): PathSegment[] {
  const out: PathSegment[] = [];
  for (let f = frame; f; f = f.parent) if (f.seg !== null) out.push(f.seg);
  return out.reverse();
}

function put(target: Record<string, unknown>, key: string, value: unknown) {
  // Assignment makes an own property for every key but `__proto__`, whose setter it would call.
  // defineProperty would do for every key, but is slower: a 36 MB cohort took 1.4 s against 1.1 s.
  // Stryker disable next-line ConditionalExpression: equivalent: defineProperty with these flags makes the same own data property as assignment
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else target[key] = value;
}

/**
 * Reads JSON text (see above). Throws a `SyntaxError` naming the position on text that is not
 * JSON (exactly the text `JSON.parse` refuses), a `TooDeepError` on nesting deeper than `MAX_DEPTH`.
 */
export function parseJsonLossless(text: string): { value: unknown; duplicates: Duplicate[] } {
  const duplicates: Duplicate[] = [];
  let i = 0;
  const skip = () => {
    WS.lastIndex = i;
    WS.test(text);
    i = WS.lastIndex;
  };
  const readString = (): string => {
    STRING.lastIndex = i;
    const m = STRING.exec(text);
    if (!m) throw new SyntaxError(`expected a string at position ${i}`);
    i = STRING.lastIndex;
    // The pattern has checked every escape; JSON.parse decodes them (as fast as slicing plain text).
    return JSON.parse(m[0]) as string;
  };
  let top: Frame | null = null;
  let result: unknown;
  let done = false;
  // Adds a finished value to the open container (or makes it the result).
  const add = (value: unknown) => {
    if (!top) {
      result = value;
      done = true;
    } else if (Array.isArray(top.container)) top.container.push(value);
    else put(top.container, top.key!, value);
  };
  let depth = 0;
  const open = (container: Frame['container']) => {
    const seg: PathSegment | null = !top ? null : Array.isArray(top.container) ? top.container.length : top.key;
    top = { container, key: null, parent: top, seg };
    if (++depth > MAX_DEPTH) throw new TooDeepError(pathOf(top));
  };
  // Reads a key and its colon in an object; returns false at the object's end.
  const readKey = (): boolean => {
    skip();
    if (text[i] === '}') return false;
    const key = readString();
    const frame = top!;
    if (Object.hasOwn(frame.container, key)) duplicates.push({ path: [...pathOf(frame), key], key });
    frame.key = key;
    skip();
    if (text[i] !== ':') throw new SyntaxError(`expected : at position ${i}`);
    i++;
    return true;
  };

  while (!done) {
    skip();
    const c = text[i];
    let value: unknown;
    let isValue = true;
    if (c === '{') {
      i++;
      open({});
      isValue = false;
      if (!readKey()) {
        i++;
        const obj = top!.container;
        top = top!.parent;
        depth--;
        value = obj;
        isValue = true;
      }
    } else if (c === '[') {
      i++;
      open([]);
      skip();
      isValue = false;
      if (text[i] === ']') {
        i++;
        const arr = top!.container;
        top = top!.parent;
        depth--;
        value = arr;
        isValue = true;
      }
    } else if (c === '"') value = readString();
    else if (text.startsWith('true', i)) {
      value = true;
      i += 4;
    } else if (text.startsWith('false', i)) {
      value = false;
      i += 5;
    } else if (text.startsWith('null', i)) {
      value = null;
      i += 4;
    } else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) throw new SyntaxError(`unexpected ${JSON.stringify(c)} at position ${i}`);
      i = NUMBER.lastIndex;
      value = readNumber(m[0]);
    }
    if (!isValue) continue;
    add(value);
    // Close every container that ends here, then read the separator before the next value (`done`
    // is set exactly when no container is left open).
    while (top) {
      skip();
      const frame: Frame = top;
      if (text[i] === ',') {
        i++;
        if (!Array.isArray(frame.container) && !readKey()) throw new SyntaxError(`expected a key at position ${i}`);
        break;
      }
      const close = Array.isArray(frame.container) ? ']' : '}';
      if (text[i] !== close) throw new SyntaxError(`expected , or ${close} at position ${i}`);
      i++;
      top = frame.parent;
      depth--;
      add(frame.container);
    }
  }
  skip();
  if (i !== text.length) throw new SyntaxError(`unexpected text after the end at position ${i}`);
  return { value: result, duplicates };
}

/**
 * `JSON.stringify(value, null, 2)` that writes raw numbers as their source text and keys named
 * `__proto__` as the data they are. Like it, it calls `toJSON`, writes a number that is not
 * finite as `null`, and leaves out what JSON has no text for (undefined, a function, a symbol)
 * from an object, or writes `null` for it in a list. Unlike it, it writes a bigint as its digits
 * (JSON.stringify throws), and `null` for a value with no text at the top (JSON.stringify gives
 * undefined).
 */
export function stringifyJson(value: unknown): string {
  const pad = '  ';
  const write = (v: unknown, depth: string): string | undefined => {
    if (v === null) return 'null';
    if (isRawNumber(v)) return String(v);
    if (typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function') {
      return write((v as { toJSON: () => unknown }).toJSON(), depth);
    }
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return JSON.stringify(v);
      case 'number':
        return Number.isFinite(v) ? JSON.stringify(v) : 'null';
      case 'bigint':
        return String(v);
      case 'object': {
        const inner = depth + pad;
        if (Array.isArray(v)) {
          if (v.length === 0) return '[]';
          const items = v.map((item) => write(item, inner) ?? 'null');
          return `[\n${inner}${items.join(`,\n${inner}`)}\n${depth}]`;
        }
        const parts: string[] = [];
        for (const key of Object.keys(v as object)) {
          const item = write((v as Record<string, unknown>)[key], inner);
          if (item !== undefined) parts.push(`${JSON.stringify(key)}: ${item}`);
        }
        return parts.length === 0 ? '{}' : `{\n${inner}${parts.join(`,\n${inner}`)}\n${depth}}`;
      }
    }
    // undefined, a function, a symbol.
    return undefined;
  };
  return write(value, '') ?? 'null';
}
