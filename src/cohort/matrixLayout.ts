/**
 * The hand-over matrix: one row per actor a grey zone comes from, one column per actor it
 * goes to, each cell the grey-zone days of that pair with the ramp's colour and the number.
 * A pair's days rest on its journeys: fewer than 5 and the cell shows "–" in a neutral grey
 * (its colour would give the days away).
 */
import { type Handover, HIDDEN, type Shown, matrixIds, matrixView, suppressView } from '../domain';
import { ACTOR_ORDER } from '../timeline/palette';
import { EMPTY_FILL, HIDDEN_FILL, RAMP, RAMP_TEXT } from './ramp';

export type MatrixCell = {
  from: string;
  to: string;
  row: number;
  col: number;
  handover: Handover | null;
  shown: Shown | null;
  fill: string;
  text: string;
  /** Ramp step 0..6, -1 when empty or hidden. */
  level: number;
};
/** `totals`: the shown row, column and grand sums of days, by `matrixIds` (the same in the CSV). */
export type MatrixMarks = {
  rows: string[];
  cols: string[];
  cells: MatrixCell[];
  max: number;
  totals: Map<string, Shown>;
};

/** Built-in actors in lane order, then others by code unit, and "" (nobody) last. */
export function actorRank(a: string, b: string): number {
  const rank = (x: string) => (x === '' ? 1e6 : ACTOR_ORDER.indexOf(x) === -1 ? 1e3 : ACTOR_ORDER.indexOf(x));
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The step of the ramp for `days` out of `max`, on a square-root scale: a few pairs hold most
 * of the days, and a linear scale would paint every other pair the palest blue.
 */
export function rampStep(days: number, max: number): number {
  if (max <= 0) return 0;
  return Math.min(RAMP.length - 1, Math.floor(Math.sqrt(days / max) * RAMP.length - 1e-9));
}

/** The matrix's rows (the actors a grey zone comes from) and columns (goes to), in their order. */
export function matrixAxes(handovers: readonly Handover[]): { rows: string[]; cols: string[] } {
  return {
    rows: [...new Set(handovers.map((h) => h.from))].sort(actorRank),
    cols: [...new Set(handovers.map((h) => h.to))].sort(actorRank),
  };
}

/** The last results of `matrixShown`, per list of hand-overs (the figures' own array) and switch. */
const shownCache = new WeakMap<readonly Handover[], Map<boolean, Map<string, Shown>>>();

/**
 * The matrix's published numbers by `matrixIds`: every pair's days, the row, column and grand
 * sums, through the one rule over the matrix's declared lines (section 7). The screen, the CSV
 * and the Lex Heller draft all read this, so the same members are hidden everywhere; the result
 * is kept per list of hand-overs, since the search behind the rule is not free.
 */
export function matrixShown(handovers: readonly Handover[], suppress: boolean): Map<string, Shown> {
  const bySwitch = shownCache.get(handovers) ?? new Map<boolean, Map<string, Shown>>();
  shownCache.set(handovers, bySwitch);
  let shown = bySwitch.get(suppress);
  if (!shown) {
    const { rows, cols } = matrixAxes(handovers);
    shown = suppressView(matrixView(handovers, rows, cols), suppress);
    bySwitch.set(suppress, shown);
  }
  return new Map(shown);
}

export function matrixLayout(handovers: readonly Handover[], suppress: boolean): MatrixMarks {
  const { rows, cols } = matrixAxes(handovers);
  const byPair = new Map(handovers.map((h) => [`${h.from}\u0000${h.to}`, h]));
  const all = matrixShown(handovers, suppress);
  const shown = (h: Handover) => all.get(matrixIds.cell(h.from, h.to)) ?? HIDDEN;
  const max = Math.max(0, ...handovers.filter((h) => typeof shown(h) === 'number').map((h) => h.days));
  const cells: MatrixCell[] = [];
  rows.forEach((from, row) =>
    cols.forEach((to, col) => {
      const h = byPair.get(`${from}\u0000${to}`) ?? null;
      const value = h ? shown(h) : null;
      const level = value === null || typeof value === 'string' ? -1 : rampStep(value, max);
      cells.push({
        from,
        to,
        row,
        col,
        handover: h,
        shown: value,
        level,
        fill: value === null ? EMPTY_FILL : level < 0 ? HIDDEN_FILL : RAMP[level],
        text: level < 0 ? '#111111' : RAMP_TEXT[level],
      });
    }),
  );
  return { rows, cols, cells, max, totals: all };
}
