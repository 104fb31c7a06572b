/**
 * `hiddenBounds` (section 7, "No hidden count can be worked out") held to its header by brute force:
 * on small seeded systems of lines, every assignment of the hidden members within their ranges (and
 * the cap) that keeps every line, and the least and greatest value each member takes in them. Beside
 * it, small cases worked out by hand for what brute force does not show: a greatest value at the cap
 * read as "at least the cap" (Infinity), a member in no line, the output's order, the cache. Gaps found
 * by the mutation run of cohort/disclosure.ts (docs/mutation.md). The systems: testing/lineSystems.ts.
 *
 * The search is exact whatever order it tries values in and however much propagation prunes, so those
 * change only its work: the last block counts its nodes (`Search`) on small systems, each count
 * worked out by hand from the search's rules (propagation first; the member with the narrowest range
 * next, the first of equals; the value nearest the aim first, the aim being the far end asked about;
 * a side whose range is empty before the search needs no node).
 */
import { describe, expect, it } from 'vitest';
import { type Bounds, type BoundsCache, type Line, type Range, type Search, hiddenBounds } from './disclosure';
import { type LineSystem, lineSystem } from '../testing/lineSystems';

/** 2-4 counts up to 6, 1-3 lines of 2-3 parts, at most 3 members hidden, each with a chance of 0.5. */
const system = (seed: number) =>
  lineSystem(seed, { counts: [2, 4], greatest: 6, lines: [1, 3], parts: [2, 3], hiddenChance: 0.5, mostHidden: 3 });

/** t = a + b with t and a hidden, b = 2 shown; truth t = 5 (the cap is 20). */
const openTotal = () => ({
  values: new Map([
    ['t', 5],
    ['a', 3],
    ['b', 2],
  ]),
  hidden: new Map<string, Range>([
    ['t', { lo: 0, hi: Infinity }],
    ['a', { lo: 0, hi: Infinity }],
  ]),
});

/** Every assignment within the ranges and the cap that keeps every line: each member's least and greatest. */
function brute({ lines, values, hidden }: LineSystem): Map<string, Bounds> {
  const cap = 2 * Math.max(0, ...values.values()) + 10;
  const ids = [...hidden.keys()];
  const at = new Map(values);
  const out = new Map(ids.map((id) => [id, { least: Infinity, greatest: -Infinity }]));
  const holds = () => lines.every((l) => l.parts.reduce((s, p) => s + (at.get(p) ?? 0), 0) === at.get(l.total));
  const walk = (k: number) => {
    if (k === ids.length) {
      if (!holds()) return;
      for (const id of ids) {
        const b = out.get(id) as Bounds;
        b.least = Math.min(b.least, at.get(id) as number);
        b.greatest = Math.max(b.greatest, at.get(id) as number);
      }
      return;
    }
    const { lo, hi } = hidden.get(ids[k]) as Range;
    for (let v = lo; v <= Math.min(hi, cap); v++) {
      at.set(ids[k], v);
      walk(k + 1);
    }
  };
  walk(0);
  for (const b of out.values()) if (b.greatest >= cap) b.greatest = Infinity;
  return out;
}

describe('hiddenBounds against brute force', () => {
  it('on 400 seeded systems of 1-3 lines and up to 3 hidden members: the same least and greatest for each', () => {
    let hiddenSeen = 0;
    let pinned = 0;
    let open = 0;
    for (let seed = 1; seed <= 400; seed++) {
      const s = system(seed);
      const got = hiddenBounds(s.lines, s.values, s.hidden);
      expect([...got.keys()], `seed ${seed}`).toEqual([...s.hidden.keys()]);
      expect(Object.fromEntries(got), `seed ${seed}`).toEqual(Object.fromEntries(brute(s)));
      for (const b of got.values()) {
        hiddenSeen++;
        if (b?.least === b?.greatest) pinned++;
        if (b?.greatest === Infinity) open++;
      }
    }
    // The systems reach each kind of answer: pinned down, bounded, and open above.
    expect(hiddenSeen).toBeGreaterThan(300);
    expect(pinned).toBeGreaterThan(20);
    expect(open).toBeGreaterThan(20);
  });
});

describe('hiddenBounds by hand', () => {
  it('a total hidden over shown parts is pinned: its parts add up to it', () => {
    const values = new Map([
      ['t', 9],
      ['a', 4],
      ['b', 5],
    ]);
    const got = hiddenBounds([{ total: 't', parts: ['a', 'b'] }], values, new Map([['t', { lo: 0, hi: Infinity }]]));
    expect(got).toEqual(new Map([['t', { least: 9, greatest: 9 }]]));
  });

  it('two parts hidden as "<5" under a shown total share what is left: 1-3 each', () => {
    // t = a + b + c, 10 = a + b + 6: a + b = 4, each at least 1.
    const values = new Map([
      ['t', 10],
      ['a', 1],
      ['b', 3],
      ['c', 6],
    ]);
    const hidden = new Map<string, Range>([
      ['a', { lo: 1, hi: 4 }],
      ['b', { lo: 1, hi: 4 }],
    ]);
    const got = hiddenBounds([{ total: 't', parts: ['a', 'b', 'c'] }], values, hidden);
    expect(got).toEqual(
      new Map([
        ['a', { least: 1, greatest: 3 }],
        ['b', { least: 1, greatest: 3 }],
      ]),
    );
  });

  it('a hidden total and a hidden part: the total open above, the part short of the cap by what is shown', () => {
    // t = a + b with t and a hidden, b = 2 shown; cap = 2 × 5 + 10 = 20. Reading of the header: values
    // above the cap are not searched, so t reaches the cap (Infinity: "at least the cap") and a stops at
    // 20 - 2 = 18. That 18 is not a bound on a (a could be 100): only "determined or not" is read from
    // these answers (suppress.ts), and 0 < 18 says "not determined" as Infinity would.
    const { values, hidden } = openTotal();
    const got = hiddenBounds([{ total: 't', parts: ['a', 'b'] }], values, hidden);
    expect(got).toEqual(
      new Map([
        ['t', { least: 2, greatest: Infinity }],
        ['a', { least: 0, greatest: 18 }],
      ]),
    );
  });

  it('a member in no line keeps its own range: "<5" is 1-4, a hidden count is 0 and up', () => {
    const values = new Map([
      ['x', 2],
      ['y', 7],
    ]);
    const hidden = new Map<string, Range>([
      ['x', { lo: 1, hi: 4 }],
      ['y', { lo: 0, hi: Infinity }],
    ]);
    expect(hiddenBounds([], values, hidden)).toEqual(
      new Map([
        ['x', { least: 1, greatest: 4 }],
        ['y', { least: 0, greatest: Infinity }],
      ]),
    );
  });

  it('a line with no hidden member constrains nothing, and parts of a cycle are pinned both ways', () => {
    // s = p + q is all shown. a = b + c and b = a - c, written as two lines: a hidden, b and c shown.
    const values = new Map([
      ['s', 3],
      ['p', 1],
      ['q', 2],
      ['a', 8],
      ['b', 5],
      ['c', 3],
    ]);
    const lines: Line[] = [
      { total: 's', parts: ['p', 'q'] },
      { total: 'a', parts: ['b', 'c'] },
    ];
    expect(hiddenBounds(lines, values, new Map([['a', { lo: 0, hi: Infinity }]]))).toEqual(
      new Map([['a', { least: 8, greatest: 8 }]]),
    );
  });

  it('answers in the order of `hidden`, whatever the order of the components', () => {
    // Two components: {u, v} under t2, {w} under t1; asked in the order v, w, u.
    const values = new Map([
      ['t1', 6],
      ['w', 6],
      ['t2', 7],
      ['u', 3],
      ['v', 4],
    ]);
    const lines: Line[] = [
      { total: 't1', parts: ['w'] },
      { total: 't2', parts: ['u', 'v'] },
    ];
    const hidden = new Map<string, Range>([
      ['v', { lo: 0, hi: Infinity }],
      ['w', { lo: 0, hi: Infinity }],
      ['u', { lo: 0, hi: Infinity }],
    ]);
    const got = hiddenBounds(lines, values, hidden);
    expect([...got.keys()]).toEqual(['v', 'w', 'u']);
    expect(got.get('w')).toEqual({ least: 6, greatest: 6 });
    expect(got.get('u')).toEqual({ least: 0, greatest: 7 });
    expect(got.get('v')).toEqual({ least: 0, greatest: 7 });
  });

  it('takes a component from the cache when its members and ranges are the same, and not when a range differs', () => {
    const values = new Map([
      ['t', 9],
      ['a', 4],
      ['b', 5],
    ]);
    const lines: Line[] = [{ total: 't', parts: ['a', 'b'] }];
    const hidden = new Map<string, Range>([['a', { lo: 0, hi: Infinity }]]);
    const cache: BoundsCache = new Map();
    expect(hiddenBounds(lines, values, hidden, cache).get('a')).toEqual({ least: 4, greatest: 4 });
    expect(cache.size).toBe(1);
    // What the cache holds for that component is the answer the next call gives.
    const [key] = cache.keys();
    cache.set(key, [{ least: 0, greatest: 99 }]);
    expect(hiddenBounds(lines, values, hidden, cache).get('a')).toEqual({ least: 0, greatest: 99 });
    // Another range for the same member is another question: searched, and cached beside it.
    const few = new Map<string, Range>([['a', { lo: 1, hi: 4 }]]);
    expect(hiddenBounds(lines, values, few, cache).get('a')).toEqual({ least: 4, greatest: 4 });
    expect(cache.size).toBe(2);
  });
});

/** Bounds and the nodes the search asked for. */
function counted(lines: Line[], values: Map<string, number>, hidden: Map<string, Range>, nodeLimit?: number) {
  const search: Search = { nodes: 0, nodeLimit };
  const bounds = hiddenBounds(lines, values, hidden, undefined, search);
  return { bounds: Object.fromEntries(bounds), nodes: search.nodes };
}

const pinnedTotal = () => ({
  lines: [{ total: 't', parts: ['a', 'b'] }],
  values: new Map([
    ['t', 9],
    ['a', 4],
    ['b', 5],
  ]),
  hidden: new Map<string, Range>([['t', { lo: 0, hi: Infinity }]]),
});

describe('the search’s work, counted', () => {
  it('a member the lines pin down takes two nodes: each side shown empty by propagation alone', () => {
    const s = pinnedTotal();
    expect(counted(s.lines, s.values, s.hidden)).toEqual({ bounds: { t: { least: 9, greatest: 9 } }, nodes: 2 });
    // Through two lines: s = a + b (12 = a + 5) pins a = 7, then a = c + d (7 = 2 + d) pins d = 5.
    const values = new Map([
      ['s', 12],
      ['a', 7],
      ['b', 5],
      ['c', 2],
      ['d', 5],
    ]);
    const lines: Line[] = [
      { total: 's', parts: ['a', 'b'] },
      { total: 'a', parts: ['c', 'd'] },
    ];
    const hidden = new Map<string, Range>([
      ['a', { lo: 0, hi: Infinity }],
      ['d', { lo: 0, hi: Infinity }],
    ]);
    expect(counted(lines, values, hidden)).toEqual({
      bounds: { a: { least: 7, greatest: 7 }, d: { least: 5, greatest: 5 } },
      nodes: 4,
    });
  });

  it('a line of 20 parts, each "<5", under a total of 20: each part is 1, one node each', () => {
    // The least side needs no node (1 is the range's floor); the greatest, 2 and up, is empty at once.
    const parts = Array.from({ length: 20 }, (_, i) => `p${i}`);
    const values = new Map<string, number>([['t', 20], ...parts.map((p): [string, number] => [p, 1])]);
    const hidden = new Map(parts.map((p): [string, Range] => [p, { lo: 1, hi: 4 }]));
    const got = counted([{ total: 't', parts }], values, hidden);
    expect(got.bounds).toEqual(Object.fromEntries(parts.map((p) => [p, { least: 1, greatest: 1 }])));
    expect(got.nodes).toBe(20);
  });

  it('two "<5" parts sharing 4: the far end is tried first, and each solution serves both members', () => {
    // a + b = 4 (t = 10 shown, c = 6 shown), truth a = 1, b = 3. a's least: 1 is its floor, no node.
    // a's greatest, 2 and up: node 1 narrows a to 2-3 and b to 1-2 and picks a (equal widths: the first);
    // aiming at the cap it tries 3 first, node 2 pins b = 1: a solution. a = 4 and up: node 3, empty.
    // b's least: that solution gave b = 1, its floor: no node. b's greatest, 4 and up: node 4, empty.
    const values = new Map([
      ['t', 10],
      ['a', 1],
      ['b', 3],
      ['c', 6],
    ]);
    const hidden = new Map<string, Range>([
      ['a', { lo: 1, hi: 4 }],
      ['b', { lo: 1, hi: 4 }],
    ]);
    expect(counted([{ total: 't', parts: ['a', 'b', 'c'] }], values, hidden)).toEqual({
      bounds: { a: { least: 1, greatest: 3 }, b: { least: 1, greatest: 3 } },
      nodes: 4,
    });
  });

  it('an open total: each side found at its far end in one descent, then one node shows nothing beyond', () => {
    // t = a + b, t and a hidden, b = 2, truth t = 5, cap 20. t's least, 4 and below: node 1 narrows t to
    // 2-4, a to 0-2, picks t, tries 2 (the aim 0 is below the range); node 2 pins a = 0. 1 and below:
    // node 3, empty. t's greatest, 6 and up: node 4 picks t and tries the cap, 20; node 5 pins a = 18.
    // 21 is past the cap: no node. a: 0 is its floor; 19 and up is node 6, empty (t would pass the cap).
    const { values, hidden } = openTotal();
    expect(counted([{ total: 't', parts: ['a', 'b'] }], values, hidden)).toEqual({
      bounds: { t: { least: 2, greatest: Infinity }, a: { least: 0, greatest: 18 } },
      nodes: 6,
    });
  });

  it('past its node limit a member is not proven (null), even when one side was', () => {
    const s = pinnedTotal();
    // Two nodes are all it needs.
    expect(counted(s.lines, s.values, s.hidden, 2).bounds).toEqual({ t: { least: 9, greatest: 9 } });
    // With one, the least side is proven (9) and the greatest is not: the member is null.
    expect(counted(s.lines, s.values, s.hidden, 1)).toEqual({ bounds: { t: null }, nodes: 2 });
    expect(counted(s.lines, s.values, s.hidden, 0).bounds).toEqual({ t: null });
  });
});

describe('the cache of components', () => {
  it('keeps members apart in its key: two members are not one whose id runs them together', () => {
    // Without the separator between members, {a (0-1), b (0-1)} and one member named "a␁0␁1b" (0-1)
    // would have the same key, and the second would be answered with the first's bounds.
    const joined = 'a\u00010\u00011b';
    const values = new Map([
      ['t', 1],
      ['a', 0],
      ['b', 1],
      ['u', 1],
      [joined, 1],
    ]);
    const lines: Line[] = [
      { total: 't', parts: ['a', 'b'] },
      { total: 'u', parts: [joined] },
    ];
    const hidden = new Map<string, Range>([
      ['a', { lo: 0, hi: 1 }],
      ['b', { lo: 0, hi: 1 }],
      [joined, { lo: 0, hi: 1 }],
    ]);
    const got = hiddenBounds(lines, values, hidden, new Map());
    expect(got.get('a')).toEqual({ least: 0, greatest: 1 });
    expect(got.get(joined)).toEqual({ least: 1, greatest: 1 });
  });
});
