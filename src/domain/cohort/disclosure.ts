/**
 * What a reader can work out from a view's published numbers (section 7, "No hidden count can
 * be worked out"): for a hidden member, the least and greatest value consistent with every
 * shown number and every declared line (a total equal to the sum of its parts), hidden members
 * being non-negative integers, 1-4 where shown as "<5". Exact: interval propagation over the
 * lines and a depth-first search over the hidden members that share a line, improving a
 * solution until none beyond it exists. Values above `cap` are not searched: a greatest value
 * of `Infinity` means "at least the cap", which is enough to say a member is not determined.
 * The members that share lines (a component) are searched on their own, with their ranges in
 * flat arrays; a component searched before with the same hidden members and ranges is taken
 * from the caller's cache (`suppressView` asks again after each member it hides).
 */

/** A line: `total` = the sum of `parts`, by member id. */
export type Line = { total: string; parts: readonly string[] };
/** A hidden member's known range before the lines: 1-4 for "<5", else 0 and up. */
export type Range = { lo: number; hi: number };

type Constraint = { vars: number[]; signs: number[]; k: number };

/** At most this many search nodes per hidden member (its least and greatest); past it the answer is "not proven" (null). */
export const NODE_LIMIT = 200_000;

/** Rounds of propagation per node: in a cycle of unbounded members bounds shrink one at a time. */
const ROUNDS = 64;

const holds = (cs: readonly Constraint[], x: Float64Array) =>
  // Stryker disable next-line ConditionalExpression: a safety net: with every member fixed, propagation to its fixpoint has already emptied a range if a line fails; the check stands for a node whose rounds ran out first
  cs.every((c) => c.vars.reduce((s, v, i) => s + c.signs[i] * x[v], 0) === c.k);

/** Scratch for one constraint's term ranges (propagation does not nest). */
let lows = new Float64Array(16);
let highs = new Float64Array(16);

/**
 * Interval propagation over Σ s_i x_i = k, in place on `lo`/`hi`; false when a range empties. Every
 * range is finite (at least 0, at most the cap: `componentBounds`), so each sum of term ranges is a
 * number.
 */
function propagate(cs: readonly Constraint[], lo: Float64Array, hi: Float64Array): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,UpdateOperator: the cap on rounds bounds a node's time; more rounds only prune more, and every answer is the same (tests/disclosureReference.test.ts)
  for (let changed = true, round = 0; changed && round < ROUNDS; round++) {
    changed = false;
    for (const c of cs) {
      const n = c.vars.length;
      // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: for speed only: scratch for a line of more than 16 hidden members; reallocated more often it is the same, and too short the members past the 16th read NaN and are not narrowed by that line: the search stays exact, only slower
      if (n > lows.length) {
        lows = new Float64Array(2 * n);
        // Stryker disable next-line ArithmeticOperator: as above: a short scratch leaves members past its end unnarrowed by that line, the search exact
        highs = new Float64Array(2 * n);
      }
      // Each term's range, read once per constraint before any of its members is narrowed.
      let minSum = 0;
      let maxSum = 0;
      for (let i = 0; i < n; i++) {
        const v = c.vars[i];
        // Stryker disable next-line EqualityOperator: a sign is 1 or -1, never 0
        const l = c.signs[i] > 0 ? lo[v] : -hi[v];
        // Stryker disable next-line EqualityOperator: a sign is 1 or -1, never 0
        const h = c.signs[i] > 0 ? hi[v] : -lo[v];
        lows[i] = l;
        highs[i] = h;
        minSum += l;
        maxSum += h;
      }
      // Stryker disable next-line EqualityOperator: i = n reads past the arrays (undefined) and narrows nothing
      for (let i = 0; i < n; i++) {
        // s_i x_i in [k - (the others' greatest), k - (the others' least)].
        const tLo = c.k - (maxSum - highs[i]);
        const tHi = c.k - (minSum - lows[i]);
        const v = c.vars[i];
        // Stryker disable next-line EqualityOperator: a sign is 1 or -1, never 0
        const nextLo = c.signs[i] > 0 ? tLo : -tHi;
        // Stryker disable next-line EqualityOperator: a sign is 1 or -1, never 0
        const nextHi = c.signs[i] > 0 ? tHi : -tLo;
        if (nextLo > lo[v]) {
          lo[v] = Math.ceil(nextLo);
          changed = true;
        }
        if (nextHi < hi[v]) {
          hi[v] = Math.floor(nextHi);
          changed = true;
        }
        if (lo[v] > hi[v]) return false;
      }
    }
  }
  return true;
}

/** A solution within [lo, hi], trying values near `guess` first, or null; undefined past the node limit. */
function solve(
  cs: readonly Constraint[],
  lo: Float64Array,
  hi: Float64Array,
  guess: readonly number[],
  budget: { n: number },
): Float64Array | null | undefined {
  if (--budget.n < 0) return undefined;
  if (!propagate(cs, lo, hi)) return null;
  let pick = -1;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator,ConditionalExpression: for speed only: the search is exact whichever member it branches on (the narrowest first is the fastest); v = lo.length reads undefined, which picks nothing
  for (let v = 0; v < lo.length; v++) if (lo[v] < hi[v] && (pick < 0 || hi[v] - lo[v] < hi[pick] - lo[pick])) pick = v;
  if (pick < 0) return holds(cs, lo) ? lo : null;
  const from = lo[pick];
  const to = hi[pick];
  const g = Math.min(to, Math.max(from, guess[pick]));
  // g, g+1, g-1, g+2, ... within [from, to].
  for (let step = 0; g + step <= to || g - step >= from; step++) {
    // Stryker disable next-line ConditionalExpression: for speed only: at step 0, g + 0 and g - 0 are one value, which a second try would search again
    for (let k = 0; k < (step === 0 ? 1 : 2); k++) {
      // Stryker disable next-line EqualityOperator: for speed only: g + step before g - step or after is the same search in another order
      const value = k === 0 ? g + step : g - step;
      if (value < from || value > to) continue;
      const nextLo = lo.slice();
      const nextHi = hi.slice();
      nextLo[pick] = value;
      nextHi[pick] = value;
      const s = solve(cs, nextLo, nextHi, guess, budget);
      if (s !== null) return s;
    }
  }
  return null;
}

export type Bounds = { least: number; greatest: number };
/** Bounds already found, by component (its hidden members with their ranges): see `hiddenBounds`. */
export type BoundsCache = Map<string, (Bounds | null)[]>;
/**
 * The search's limit and what it did: at most `nodeLimit` nodes for each hidden member (NODE_LIMIT
 * unless given), and `nodes`, to which each member's search adds the nodes it asked for (a member
 * the lines pin down takes two: one for each side, each shown empty by propagation alone).
 */
export type Search = { nodeLimit?: number; nodes: number };

/**
 * The least and greatest value of every hidden member consistent with what is shown, or null
 * for a member the search could not settle within its limit (treat it as determined).
 * `values`: the exact value of every member (hidden ones included: the search starts there);
 * `hidden`: the range of each hidden member; everything else is shown. `cache`, kept by the
 * caller across calls with the same lines, values and node limit only, answers a component seen
 * before. `search`: the node limit and the nodes counted (see `Search`).
 */
export function hiddenBounds(
  lines: readonly Line[],
  values: ReadonlyMap<string, number>,
  hidden: ReadonlyMap<string, Range>,
  cache?: BoundsCache,
  search?: Search,
): Map<string, Bounds | null> {
  const ids = [...hidden.keys()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const truth = ids.map((id) => values.get(id) ?? 0);
  const cap = 2 * Math.max(0, ...[...values.values()].map(Math.abs)) + 10;
  const cs: Constraint[] = [];
  for (const line of lines) {
    const vars: number[] = [];
    const signs: number[] = [];
    let k = 0;
    const term = (id: string, sign: number) => {
      const i = index.get(id);
      if (i === undefined) k -= sign * (values.get(id) ?? 0);
      else {
        vars.push(i);
        signs.push(sign);
      }
    };
    line.parts.forEach((p) => term(p, 1));
    term(line.total, -1);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a line with no hidden member, pushed, is in no component (componentBounds keeps the lines of its members only) and joins none
    if (vars.length > 0) cs.push({ vars, signs, k });
  }
  const out = new Map<string, Bounds | null>();
  for (const members of components(ids.length, cs)) {
    // Only the lines reaching a member through hidden members matter: its component, alone.
    const ranges = members.map((v) => hidden.get(ids[v]) as Range);
    const key = members.map((v, i) => `${ids[v]}\u0001${ranges[i].lo}\u0001${ranges[i].hi}`).join('\u0002');
    let found = cache?.get(key);
    if (!found) {
      found = componentBounds(members, ranges, cs, truth, cap, search);
      cache?.set(key, found);
    }
    members.forEach((v, i) => out.set(ids[v], (found as (Bounds | null)[])[i]));
  }
  // In the order of `hidden`, as before.
  return new Map(ids.map((id) => [id, out.get(id) ?? null]));
}

/** The bounds of each member of one component (members ascending), each searched on its own. */
function componentBounds(
  members: readonly number[],
  ranges: readonly Range[],
  all: readonly Constraint[],
  truth: readonly number[],
  cap: number,
  search: Search | undefined,
): (Bounds | null)[] {
  const local = new Map(members.map((v, i) => [v, i]));
  const cs: Constraint[] = all
    .filter((c) => local.has(c.vars[0]))
    .map((c) => ({ vars: c.vars.map((v) => local.get(v) as number), signs: c.signs, k: c.k }));
  const lo0 = Float64Array.from(ranges, (r) => r.lo);
  const hi0 = Float64Array.from(ranges, (r) => Math.min(cap, r.hi));
  const t = members.map((v) => truth[v]);
  // Every solution found for one member is a witness for all: each member's search starts from
  // the least and greatest value any solution so far gave it (the answer is the same, sooner).
  const least = [...t];
  const greatest = [...t];
  const witness = (s: Float64Array) =>
    s.forEach((v, i) => {
      least[i] = Math.min(least[i], v);
      greatest[i] = Math.max(greatest[i], v);
    });
  return members.map((_, x) => {
    const limit = search?.nodeLimit ?? NODE_LIMIT;
    const budget = { n: limit };
    const extreme = (dir: 1 | -1): number | null => {
      // Stryker disable next-line EqualityOperator: dir is 1 or -1, never 0
      let best = dir < 0 ? least[x] : greatest[x];
      for (;;) {
        const lo = lo0.slice();
        const hi = hi0.slice();
        // Stryker disable next-line EqualityOperator: dir is 1 or -1, never 0
        if (dir < 0) hi[x] = best - 1;
        else lo[x] = best + 1;
        if (lo[x] > hi[x]) return best;
        // Aim at the far end: the search tries values nearest the guess first.
        // Stryker disable next-line ConditionalExpression,EqualityOperator: dir is 1 or -1; aiming every member at the far end, not only the one asked about, changes only the order values are tried in
        const aim = t.map((v, i) => (i === x ? (dir < 0 ? 0 : cap) : v));
        const s = solve(cs, lo, hi, aim, budget);
        if (s === undefined) return null;
        if (s === null) return best;
        witness(s);
        best = s[x];
      }
    };
    const low = extreme(-1);
    const high = extreme(1);
    if (search) search.nodes += limit - budget.n;
    // Stryker disable next-line ConditionalExpression: the two sides share the budget: a least not proven leaves none for the greatest, which is null too
    return low === null || high === null ? null : { least: low, greatest: high >= cap ? Infinity : high };
  });
}

/** The hidden members joined by shared lines, each component's members in ascending order. */
function components(n: number, cs: readonly Constraint[]): number[][] {
  // Stryker disable next-line ObjectLiteral,ArrowFunction: for speed only: components are searched apart to be fast; with no parents every member is in one component, and each member's least and greatest are the same
  const parent = Array.from({ length: n }, (_, i) => i);
  // Stryker disable next-line BlockStatement: as above: a find that finds nothing puts every member in one component
  const find = (v: number): number => {
    while (parent[v] !== v) {
      parent[v] = parent[parent[v]];
      v = parent[v];
    }
    return v;
  };
  for (const c of cs)
    for (const v of c.vars) {
      const a = find(c.vars[0]);
      const b = find(v);
      // Stryker disable next-line ConditionalExpression: with a = b, parent[a] = a changes nothing
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  const groups = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const root = find(v);
    const g = groups.get(root) ?? [];
    g.push(v);
    groups.set(root, g);
  }
  return [...groups.values()];
}
