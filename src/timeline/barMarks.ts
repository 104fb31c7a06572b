/**
 * Every bar identifiable at any zoom, on screen and on paper (issue #24 point 3). A bar's name
 * is drawn inside it when it fits whole. When it does not, it is drawn whole just after the bar
 * when its row is free there; otherwise the bar carries a number, keyed to the list under the
 * chart ("Numrerade staplar"), and keeps what fits of its name beside the number.
 *
 * Where bars crowd (zoomed out on a big journey), a number badge is not drawn where it would
 * overlap a badge already drawn in the same lane row, taken left to right (`placeBadges`): its
 * bar keeps its number in the key under the chart and its whole accessible name, and the badges
 * that are drawn can be read.
 */
import type { View, XScale } from './geometry';
import type { BarLayout } from './layout';
import { SEMIBOLD, fitText, textWidth } from './text';

/** Where a bar's name goes. */
export type BarMark =
  | { id: string; n: number; place: 'outside'; x: number; text: string; fontSize: number }
  | { id: string; n: number; place: 'key'; text: string };

/** The width of a number badge (one to three digits, 11 px bold, with its padding). */
export const badgeWidth = (n: number) => String(n).length * 7 + 8;

/** The name a bar fits inside itself: where it starts, its size and what of it fits ('' = nothing). */
export function insideLabel(
  bar: BarLayout,
  text: string,
  x: XScale,
  x0: number,
  x1: number,
  /** The visible range in the drawing's coordinates: the name starts and ends inside it. */
  view: View,
  /** Room kept at the end for a number badge. */
  keep = 0,
) {
  const main = bar.activity && !bar.parallel;
  const fontSize = main ? 13 : 11;
  const textX = Math.max(x0, view.left) + 6;
  // With extensions, the name stays in the decision's own segment; each extension is labelled in its own.
  const firstExtension = bar.segments.find((s) => s.kind === 'extension');
  const firstTick = bar.milestones.find((m) => x(m.at + 1) > textX);
  const labelEnd = Math.min(
    firstExtension ? x(firstExtension.start) : x1,
    firstTick ? x(firstTick.at + 1) : Infinity,
    view.right,
  );
  const end = labelEnd - keep;
  // Bar labels are semi-bold: a little wider than the estimate for regular text.
  const label = end - textX > 3 * fontSize ? fitText(text, (end - textX - 4) / SEMIBOLD, fontSize) : '';
  return { textX, fontSize, label, labelEnd };
}

/** Nothing drawn just after the bar's end in its row: no open end, no headroom line, flag, "?" or tick there. */
function clearAfterEnd(bar: BarLayout): boolean {
  if (bar.end === null || bar.endUnrecorded) return false;
  if (bar.ruleLimit !== null && bar.ruleLimit > bar.end) return false;
  return !bar.milestones.some((m) => m.at > bar.end!);
}

/**
 * The marks of the bars in view whose name does not fit inside them. `n` is the bar's place in
 * the journey by start (the same number at every zoom), so the list and the chart agree.
 */
export function planBarMarks(
  bars: readonly BarLayout[],
  names: readonly string[],
  x: XScale,
  view: View,
  hidden: ReadonlySet<string>,
): Map<string, BarMark> {
  const { number, rows } = barOrder(bars, hidden);
  const marks = new Map<string, BarMark>();
  for (let i = 0; i < bars.length; i++) {
    const bar = bars[i];
    const name = names[i];
    if (bar.end === null || hidden.has(bar.id)) continue; // an open bar runs to the chart's edge: its name has room
    const x0 = x(bar.start);
    const x1 = x(bar.end + 1);
    if (x1 < view.left || x0 > view.right) continue;
    const inside = insideLabel(bar, name, x, x0, x1, view);
    if (inside.label === name) continue;
    const n = number.get(bar.id)!;
    const next = firstAfter(rows.get(rowKey(bar))!, bar.end);
    const room = Math.min(next ? x(next.start) - 8 : view.right, view.right) - (x1 + 4);
    if (clearAfterEnd(bar) && x1 >= view.left && textWidth(name, inside.fontSize) * SEMIBOLD + 4 <= room)
      marks.set(bar.id, { id: bar.id, n, place: 'outside', x: x1 + 4, text: name, fontSize: inside.fontSize });
    else marks.set(bar.id, { id: bar.id, n, place: 'key', text: name });
  }
  return marks;
}

const rowKey = (bar: BarLayout) => `${bar.lane}\u0000${bar.row}`;

type Order = { number: Map<string, number>; rows: Map<string, BarLayout[]> };
const NONE: ReadonlySet<string> = new Set();
/** The order of a journey's bars, made once per layout, not once per zoom step: keyed by the bars and what is hidden. */
const orders = new WeakMap<readonly BarLayout[], { hidden: ReadonlySet<string>; order: Order }>();

/** Each shown bar's number (its place by start), and each lane row's bars by start. */
export function barOrder(bars: readonly BarLayout[], hidden: ReadonlySet<string> = NONE): Order {
  const kept = orders.get(bars);
  if (kept && (kept.hidden === hidden || (kept.hidden.size === 0 && hidden.size === 0))) return kept.order;
  const sorted = bars.filter((bar) => !hidden.has(bar.id)).sort((a, b) => a.start - b.start || a.index - b.index);
  const number = new Map(sorted.map((bar, i) => [bar.id, i + 1]));
  // The next bar in the same lane and row: an outside name must end before it.
  const rows = new Map<string, BarLayout[]>();
  for (const bar of sorted) {
    const row = rows.get(rowKey(bar));
    if (row) row.push(bar);
    else rows.set(rowKey(bar), [bar]);
  }
  const order = { number, rows };
  orders.set(bars, { hidden, order });
  return order;
}

/** The first bar of a row (sorted by start) that starts after the day `end`: a binary search, for rows of thousands. */
export function firstAfter(row: readonly BarLayout[], end: number): BarLayout | undefined {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (row[mid].start > end) hi = mid;
    else lo = mid + 1;
  }
  return row[lo];
}

/** Where a bar's number badge starts: at the end of its name room, or centred on a bar narrower than itself. */
export function badgeLeft(bar: BarLayout, n: number, x: XScale, view: View): number {
  const w = badgeWidth(n);
  const x0 = Math.max(x(bar.start), view.left);
  const x1 = Math.min(x(bar.end! + 1), view.right);
  const { labelEnd } = insideLabel(bar, '', x, x(bar.start), x(bar.end! + 1), view);
  return labelEnd - x0 >= w + 4 ? labelEnd - w - 2 : (x0 + x1) / 2 - w / 2;
}

/**
 * The number badges drawn, each bar's id with its badge's left edge. In each lane row, left to
 * right, a badge that would overlap one already drawn there is left out: its bar keeps its
 * number in the key under the chart and its whole accessible name.
 */
export function placeBadges(
  bars: readonly BarLayout[],
  marks: ReadonlyMap<string, BarMark>,
  x: XScale,
  view: View,
  /** The bars not drawn (a scenario's own): they carry no mark. */
  hidden: ReadonlySet<string> = NONE,
): Map<string, number> {
  const placed = new Map<string, number>();
  if (marks.size === 0) return placed;
  const row: { id: string; left: number; right: number }[] = [];
  for (const sorted of barOrder(bars, hidden).rows.values()) {
    row.length = 0;
    for (const bar of sorted) {
      const mark = marks.get(bar.id);
      if (!mark || mark.place !== 'key' || bar.end === null) continue;
      const left = badgeLeft(bar, mark.n, x, view);
      row.push({ id: bar.id, left, right: left + badgeWidth(mark.n) });
    }
    // By start already: nearly in order of their left edges.
    row.sort((a, b) => a.left - b.left);
    let end = -Infinity;
    for (const b of row)
      if (b.left >= end) {
        placed.set(b.id, b.left);
        end = b.right;
      }
  }
  return placed;
}
