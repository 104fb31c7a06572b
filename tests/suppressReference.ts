/**
 * The code of `suppressView` and `hiddenBounds` as it was before the search was made faster
 * (issue 23, item 6), kept verbatim for tests/suppressSpeed.test.ts: the faster search must
 * give exactly the same output. Not used by the app.
 */
import { type Line, type Range } from '../src/domain/cohort/disclosure';
import {
  FEW,
  HIDDEN,
  type Shown,
  type View,
  suppressCount,
  suppressFigure,
  rangeOf,
} from '../src/domain/cohort/suppress';

type Constraint = { vars: number[]; signs: number[]; k: number };
type Domains = Range[];

/** At most this many search nodes per question; past it the answer is "not proven" (null). */
const NODE_LIMIT = 200_000;

/** Rounds of propagation per node: in a cycle of unbounded members bounds shrink one at a time. */
const ROUNDS = 64;

const holds = (cs: readonly Constraint[], x: readonly number[]) =>
  cs.every((c) => c.vars.reduce((s, v, i) => s + c.signs[i] * x[v], 0) === c.k);

function propagate(cs: readonly Constraint[], dom: Domains): boolean {
  for (let changed = true, round = 0; changed && round < ROUNDS; round++) {
    changed = false;
    for (const c of cs) {
      // Σ s_i x_i = k: each term is k minus the others' range.
      let minSum = 0;
      let maxSum = 0;
      let minInf = 0;
      let maxInf = 0;
      const lows = c.vars.map((v, i) => (c.signs[i] > 0 ? dom[v].lo : -dom[v].hi));
      const highs = c.vars.map((v, i) => (c.signs[i] > 0 ? dom[v].hi : -dom[v].lo));
      for (let i = 0; i < lows.length; i++) {
        if (lows[i] === -Infinity) minInf++;
        else minSum += lows[i];
        if (highs[i] === Infinity) maxInf++;
        else maxSum += highs[i];
      }
      for (let i = 0; i < c.vars.length; i++) {
        // Range of the others: [othersMin, othersMax].
        const othersMin =
          minInf - (lows[i] === -Infinity ? 1 : 0) > 0 ? -Infinity : minSum - (lows[i] === -Infinity ? 0 : lows[i]);
        const othersMax =
          maxInf - (highs[i] === Infinity ? 1 : 0) > 0 ? Infinity : maxSum - (highs[i] === Infinity ? 0 : highs[i]);
        // s_i x_i in [k - othersMax, k - othersMin].
        const tLo = c.k - othersMax;
        const tHi = c.k - othersMin;
        const d = dom[c.vars[i]];
        const lo = c.signs[i] > 0 ? tLo : -tHi;
        const hi = c.signs[i] > 0 ? tHi : -tLo;
        if (lo > d.lo) {
          d.lo = Math.ceil(lo);
          changed = true;
        }
        if (hi < d.hi) {
          d.hi = Math.floor(hi);
          changed = true;
        }
        if (d.lo > d.hi) return false;
      }
    }
  }
  return true;
}

const copy = (dom: Domains): Domains => dom.map((d) => ({ ...d }));

/** A solution within `dom`, trying values near `guess` first, or null; undefined past the node limit. */
function solve(
  cs: readonly Constraint[],
  dom: Domains,
  guess: readonly number[],
  budget: { n: number },
): number[] | null | undefined {
  if (--budget.n < 0) return undefined;
  if (!propagate(cs, dom)) return null;
  let pick = -1;
  for (let v = 0; v < dom.length; v++)
    if (dom[v].lo < dom[v].hi && (pick < 0 || dom[v].hi - dom[v].lo < dom[pick].hi - dom[pick].lo)) pick = v;
  if (pick < 0) {
    const x = dom.map((d) => d.lo);
    return holds(cs, x) ? x : null;
  }
  const { lo, hi } = dom[pick];
  const g = Math.min(hi, Math.max(lo, guess[pick]));
  // g, g+1, g-1, g+2, ... within [lo, hi].
  for (let step = 0; g + step <= hi || g - step >= lo; step++) {
    for (const value of step === 0 ? [g] : [g + step, g - step]) {
      if (value < lo || value > hi) continue;
      const next = copy(dom);
      next[pick] = { lo: value, hi: value };
      const s = solve(cs, next, guess, budget);
      if (s !== null) return s;
    }
  }
  return null;
}

type Bounds = { least: number; greatest: number };

/**
 * The least and greatest value of every hidden member consistent with what is shown, or null
 * for a member the search could not settle within its limit (treat it as determined).
 * `values`: the exact value of every member (hidden ones included: the search starts there);
 * `hidden`: the range of each hidden member; everything else is shown.
 */
export function referenceBounds(
  lines: readonly Line[],
  values: ReadonlyMap<string, number>,
  hidden: ReadonlyMap<string, Range>,
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
    if (vars.length > 0) cs.push({ vars, signs, k });
  }
  const base: Domains = ids.map((id) => ({
    lo: hidden.get(id)?.lo ?? 0,
    hi: Math.min(cap, hidden.get(id)?.hi ?? cap),
  }));
  const out = new Map<string, Bounds | null>();
  ids.forEach((id, x) => {
    // Only the lines reaching x through hidden members matter: its component.
    const component = componentOf(x, cs);
    const local = cs.filter((c) => c.vars.some((v) => component.has(v)));
    const budget = { n: NODE_LIMIT };
    const extreme = (dir: 1 | -1): number | null => {
      let best = truth[x];
      for (;;) {
        const dom = copy(base);
        for (let v = 0; v < dom.length; v++) if (!component.has(v)) dom[v] = { lo: truth[v], hi: truth[v] };
        if (dir < 0) dom[x].hi = best - 1;
        else dom[x].lo = best + 1;
        if (dom[x].lo > dom[x].hi) return best;
        // Aim at the far end: the search tries values nearest the guess first.
        const aim = truth.map((t, v) => (v === x ? (dir < 0 ? 0 : cap) : t));
        const s = solve(local, dom, aim, budget);
        if (s === undefined) return null;
        if (s === null) return best;
        best = s[x];
      }
    };
    const least = extreme(-1);
    const greatest = extreme(1);
    out.set(
      id,
      least === null || greatest === null ? null : { least, greatest: greatest >= cap ? Infinity : greatest },
    );
  });
  return out;
}

function componentOf(x: number, cs: readonly Constraint[]): Set<number> {
  const seen = new Set([x]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of cs)
      if (c.vars.some((v) => seen.has(v)))
        for (const v of c.vars)
          if (!seen.has(v)) {
            seen.add(v);
            grew = true;
          }
  }
  return seen;
}
export function referenceSuppressView(view: View, enabled = true): Map<string, Shown> {
  const shown = new Map<string, Shown>();
  for (const c of view.cells)
    shown.set(
      c.id,
      !enabled ? c.value : c.basis === undefined ? suppressCount(c.value) : suppressFigure(c.value, c.basis),
    );
  if (!enabled) return shown;
  const values = new Map(view.cells.map((c) => [c.id, c.value]));
  const isHidden = (id: string) => typeof shown.get(id) === 'string';
  /** The smallest shown part above 0 of a line (first declared on ties), else its total if shown and above 0. */
  const candidate = (line: Line): string | null => {
    let best: string | null = null;
    for (const p of line.parts) {
      const v = shown.get(p);
      if (typeof v === 'number' && v > 0 && (best === null || v < (values.get(best) ?? 0))) best = p;
    }
    if (best !== null) return best;
    const t = shown.get(line.total);
    return typeof t === 'number' && t > 0 ? line.total : null;
  };
  for (;;) {
    for (let changed = true; changed;) {
      changed = false;
      for (const line of view.lines) {
        const members = [...line.parts, line.total];
        if (members.filter(isHidden).length !== 1) continue;
        const more = candidate(line);
        if (more === null) continue;
        shown.set(more, HIDDEN);
        changed = true;
      }
    }
    const hidden = new Map<string, Range>();
    for (const [id, v] of shown) if (typeof v === 'string' && inLines(view, id)) hidden.set(id, rangeOf(v));
    const bounds = referenceBounds(view.lines, values, hidden);
    let fixed = false;
    for (const [id, b] of bounds) {
      if (b !== null && b.least !== b.greatest) continue;
      const more = widen(view, id, shown, candidate);
      if (more === null) continue;
      shown.set(more, HIDDEN);
      fixed = true;
      break;
    }
    if (!fixed) break;
  }
  for (const c of view.cells) if (c.from?.some(isHidden)) shown.set(c.id, HIDDEN);
  return shown;
}

const inLines = (view: View, id: string) => view.lines.some((l) => l.total === id || l.parts.includes(id));

/**
 * What to hide (as "–") so that a member the lines pin down gets a second possible value.
 * Reading of section 7 (pinned in tests/cohortAudit.test.ts): first the smallest shown part of
 * a line of that member (else its total); where none of its lines has one, a total of its lines
 * shown as "<5" is widened to "–" (1-4 to any count: four "<5" parts of a "<5" total are all 1),
 * then the member itself; failing that, the smallest shown part of the first line that shares
 * hidden members with it (its component), as the lines of a matrix pin a cell through others.
 */
function widen(
  view: View,
  id: string,
  shown: ReadonlyMap<string, Shown>,
  candidate: (line: Line) => string | null,
): string | null {
  const own = view.lines.filter((l) => l.total === id || l.parts.includes(id));
  for (const l of own) {
    const c = candidate(l);
    if (c !== null) return c;
  }
  for (const l of own) if (shown.get(l.total) === FEW) return l.total;
  if (shown.get(id) === FEW) return id;
  const hiddenIds = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const l of view.lines) {
      const members = [l.total, ...l.parts];
      if (!members.some((m) => hiddenIds.has(m))) continue;
      const c = candidate(l);
      if (c !== null) return c;
      for (const m of members)
        if (typeof shown.get(m) === 'string' && !hiddenIds.has(m)) {
          hiddenIds.add(m);
          grew = true;
        }
    }
  }
  return null;
}
