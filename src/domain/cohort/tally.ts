/**
 * Counts by key in a plain object, so that an accumulator's state survives `postMessage` and
 * JSON alike. Keys are stored with a prefix, so that no key (`"__proto__"` included) can
 * reach the object's prototype.
 */
export type Tally = Record<string, number>;

/**
 * A key's slot in the object: the key behind a one-character prefix (a function, not a module constant,
 * so that a mutation run changes it for each test).
 */
function slotOf(key: string | number): string {
  return `=${key}`;
}

export function bump(tally: Tally, key: string | number, by = 1): void {
  const slot = slotOf(key);
  tally[slot] = (tally[slot] ?? 0) + by;
}

export function count(tally: Tally, key: string | number): number {
  return tally[slotOf(key)] ?? 0;
}

/** A new tally with the counts of both. */
export function mergeTallies(a: Tally, b: Tally): Tally {
  const out: Tally = { ...a };
  for (const slot of Object.keys(b)) out[slot] = (out[slot] ?? 0) + b[slot];
  return out;
}

/** The keys of a tally, without their prefix, in no particular order. */
export function keys(tally: Tally): string[] {
  return Object.keys(tally).map((slot) => slot.slice(1));
}

/** Numeric keys ascending. */
export function numericKeys(tally: Tally): number[] {
  return keys(tally)
    .map(Number)
    .sort((a, b) => a - b);
}

/** Strings compare by UTF-16 code unit, never by locale (section 7). */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
