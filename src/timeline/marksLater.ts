/**
 * A big journey's names after its bars and its number badges, planned in pieces (issue #26): the
 * names of 10,000 bars, their marks and their badges were one task of 100–130 ms, in which a
 * click waited. Here a piece of PIECE bars is planned per task, the badges in a task of their
 * own, and the marks are handed over in the next: the render that draws them finds the badges
 * placed (`badgesFor`).
 */
import type { View, XScale } from './geometry';
import type { BarLayout } from './layout';
import { type BarMark, placeBadges, planBarMarks } from './barMarks';

/** Bars planned per task. */
export const PIECE = 2_000;

type Placed = {
  bars: readonly BarLayout[];
  x: XScale;
  view: View;
  hidden: ReadonlySet<string>;
  badges: Map<string, number>;
};
/** Badges placed ahead of the render that draws them, by the marks they were placed for. */
const placed = new WeakMap<ReadonlyMap<string, BarMark>, Placed>();

/** The badges drawn for these marks (placeBadges), placed already when planInPieces placed them for the same inputs. */
export function badgesFor(
  bars: readonly BarLayout[],
  marks: ReadonlyMap<string, BarMark>,
  x: XScale,
  view: View,
  hidden: ReadonlySet<string>,
): Map<string, number> {
  const kept = placed.get(marks);
  if (kept && kept.bars === bars && kept.x === x && kept.view === view && kept.hidden === hidden) return kept.badges;
  return placeBadges(bars, marks, x, view, hidden);
}

/**
 * Plans the marks of `bars` a piece per task, places their badges in another, and gives the marks
 * to `done` in the next. Returns what cancels it (nothing is handed over after that).
 */
export function planInPieces(
  bars: readonly BarLayout[],
  name: (i: number) => string,
  x: XScale,
  view: View,
  hidden: ReadonlySet<string>,
  done: (marks: ReadonlyMap<string, BarMark>) => void,
): () => void {
  const marks = new Map<string, BarMark>();
  const names: string[] = new Array<string>(bars.length);
  let from = 0;
  const finish = () => {
    placed.set(marks, { bars, x, view, hidden, badges: placeBadges(bars, marks, x, view, hidden) });
    timer = setTimeout(() => done(marks), 0);
  };
  const step = () => {
    const to = Math.min(from + PIECE, bars.length);
    for (let i = from; i < to; i++) names[i] = name(i);
    planBarMarks(bars, names, x, view, hidden, from, to, marks);
    from = to;
    timer = setTimeout(from < bars.length ? step : finish, 0);
  };
  let timer = setTimeout(step, 0);
  return () => clearTimeout(timer);
}
