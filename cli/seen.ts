/**
 * Which journey ids and participant refs have been read, in fixed memory (a Bloom filter of
 * 32 MB, ten probes): the CLI's memory must not grow with its input. A key never added is
 * reported as seen only by a false alarm, whose chance after a million journeys is about one
 * in 10^14 per journey; one that was added is always found.
 */
const BITS = 2 ** 28;
const PROBES = 10;

function hashes(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x5bd1e995;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 2246822507) ^ (h2 >>> 15);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, (h2 >>> 0) | 1];
}

export class Seen {
  private readonly bits = new Uint32Array(BITS / 32);

  private probe(key: string, set: boolean): boolean {
    const [a, b] = hashes(key);
    let all = true;
    for (let i = 0; i < PROBES; i++) {
      const bit = ((a + Math.imul(i, b)) >>> 0) & (BITS - 1);
      const word = bit >>> 5;
      const mask = 1 << (bit & 31);
      if ((this.bits[word] & mask) === 0) all = false;
      if (set) this.bits[word] |= mask;
    }
    return all;
  }

  /** Whether any of the keys was seen before; all of them are seen after. */
  addAll(keys: readonly string[]): boolean {
    const before = keys.map((k) => this.probe(k, false)).some(Boolean);
    for (const k of keys) this.probe(k, true);
    return before;
  }
}
