/**
 * The small-cell rule of section 7, one rule for every screen and export: a count of 1 to 4
 * journeys shows as "<5", and a figure computed from fewer than 5 journeys as "–". The domain
 * keeps exact numbers; only what shows or exports them calls these. `suppressView` adds the
 * secondary rule over a view's declared lines, so that no hidden count can be worked out.
 */
import { type BoundsCache, type Line, type Range, hiddenBounds } from './disclosure';

/** Counts below this (and above 0) are hidden, and figures resting on fewer journeys. */
export const SMALL_CELL = 5;
export const FEW = '<5';
export const HIDDEN = '–';
export type Suppressed = typeof FEW | typeof HIDDEN;

/** A count of journeys as shown: "<5" for 1 to 4; 0 and 5 or more as they are. `enabled` false shows it all. */
export function suppressCount(n: number, enabled = true): number | typeof FEW {
  return enabled && n >= 1 && n < SMALL_CELL ? FEW : n;
}

/**
 * A figure (a percentile, a survival value, a share, the days of a hand-over pair) as shown:
 * "–" when it rests on fewer than 5 journeys (none included), else the value itself (null stays null).
 */
export function suppressFigure<T>(value: T, basedOnJourneys: number, enabled = true): T | typeof HIDDEN {
  return enabled && basedOnJourneys < SMALL_CELL ? HIDDEN : value;
}

/** A shown value: the number, "<5" (a small count) or "–" (hidden, or resting on too few). */
export type Shown = number | typeof FEW | typeof HIDDEN;

/**
 * One number a view publishes. A count by default; with `basis`, a figure computed from that
 * many journeys (hidden as "–" below 5); with `from`, a figure read off other members (a share,
 * a percentage), hidden whenever one of them is.
 */
export type ViewCell = { id: string; value: number; basis?: number; from?: readonly string[] };
/**
 * A view's declaration, made once and read by the screen, every export and the audit: its
 * cells in the declared order and its lines (rows top to bottom, then columns, then totals).
 */
export type View = { cells: readonly ViewCell[]; lines: readonly Line[] };

/** The range of a hidden member as a reader sees it: 1-4 for "<5", any non-negative integer for "–". */
export const rangeOf = (shown: Shown): Range =>
  shown === FEW ? { lo: 1, hi: SMALL_CELL - 1 } : { lo: 0, hi: Infinity };

/**
 * The small-cell rule of section 7 over a whole view: primary ("<5", "–" below 5 journeys),
 * then secondary, line by line in the declared order until nothing changes (a line with exactly
 * one hidden member hides its smallest shown part above 0, ties to the first declared, else
 * its total), then the check that every hidden member keeps at least two possible values
 * (else the smallest shown part of its first line that has one is hidden too, and again).
 * `enabled` false shows everything.
 */
export function suppressView(view: View, enabled = true): Map<string, Shown> {
  const shown = new Map<string, Shown>();
  for (const c of view.cells)
    shown.set(
      c.id,
      !enabled ? c.value : c.basis === undefined ? suppressCount(c.value) : suppressFigure(c.value, c.basis),
    );
  // With `enabled` false nothing is hidden: the rules below leave every number as it is.
  const values = new Map(view.cells.map((c) => [c.id, c.value]));
  const isHidden = (id: string) => typeof shown.get(id) === 'string';
  /** The smallest shown part above 0 of a line (first declared on ties), else its total if shown (a 0 too). */
  const candidate = (line: Line): string | null => {
    let best: string | null = null;
    for (const p of line.parts) {
      const v = values.get(p) ?? 0;
      if (!isHidden(p) && v > 0 && (best === null || v < (values.get(best) ?? 0))) best = p;
    }
    if (best !== null) return best;
    const t = shown.get(line.total);
    return typeof t === 'number' ? line.total : null;
  };
  // The check runs again after each member it hides: components it did not touch are not searched again.
  const cache: BoundsCache = new Map();
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
    // A hidden member in no line is a component of its own, never pinned (1-4, or 0 and up).
    for (const [id, v] of shown) if (typeof v === 'string') hidden.set(id, rangeOf(v));
    const bounds = hiddenBounds(view.lines, values, hidden, cache);
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

/**
 * What to hide (as "–") so that a member the lines pin down gets a second possible value.
 * Reading of section 7 (pinned in tests/cohortAudit.test.ts): first the smallest shown part of
 * a line of that member (else its total); where none of its lines has one, a total of its lines
 * shown as "<5" is widened to "–" (1-4 to any count: four "<5" parts of a "<5" total are all 1),
 * then the member itself; failing that, the smallest shown part of the first line that shares
 * hidden members with it (its component), as the lines of a matrix pin a cell through others;
 * failing that too, a part shown as 0 of a line of that member (a hidden 0 among shown zeros).
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
  // Pinned by zeros alone (a hidden figure of 0): the smallest shown count of its line is a 0.
  for (const l of own) for (const p of l.parts) if (shown.get(p) === 0) return p;
  return null;
}
