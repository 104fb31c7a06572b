/**
 * The audit of section 7's "No hidden count can be worked out": from a view's published
 * numbers and its declared lines alone, the least and greatest value of every hidden member
 * (non-negative integers, 1-4 for "<5"), and the members a reader could pin down.
 */
import { FEW, HIDDEN, type Shown, type View, suppressCount, suppressFigure } from '../src/domain/cohort/suppress';
import { type Bounds, hiddenBounds } from '../src/domain/cohort/disclosure';

export type Finding = { id: string; bounds: Bounds | null; value: number };

/**
 * Every hidden member of the lines whose least and greatest consistent values are equal (or
 * that the search could not settle): an empty list is a view that hides what it hides.
 * `values` gives the search a starting point only: a reader knows that some solution exists.
 */
export function auditView(view: View, shown: ReadonlyMap<string, Shown>): Finding[] {
  const values = new Map(view.cells.map((c) => [c.id, c.value]));
  const inLines = new Set(view.lines.flatMap((l) => [l.total, ...l.parts]));
  const hidden = new Map(
    [...shown]
      .filter(([id, v]) => inLines.has(id) && (v === FEW || v === HIDDEN))
      .map(([id, v]) => [id, v === FEW ? { lo: 1, hi: 4 } : { lo: 0, hi: Infinity }]),
  );
  const bounds = hiddenBounds(view.lines, values, hidden);
  return [...bounds]
    .filter(([, b]) => b === null || b.least === b.greatest)
    .map(([id, b]) => ({ id, bounds: b, value: values.get(id) ?? 0 }));
}

/** What the code before secondary suppression published: each member by the primary rule alone. */
export function primaryOnly(view: View): Map<string, Shown> {
  return new Map(
    view.cells.map((c) => [c.id, c.basis === undefined ? suppressCount(c.value) : suppressFigure(c.value, c.basis)]),
  );
}

/**
 * Brute force for small systems: every assignment of the hidden members within `max`, kept
 * when every line holds; the least and greatest value each member takes. The check of the
 * search in `hiddenBounds`.
 */
export function bruteBounds(view: View, shown: ReadonlyMap<string, Shown>, max: number): Map<string, Bounds> {
  const values = new Map(view.cells.map((c) => [c.id, c.value]));
  const ids = [...shown].filter(([, v]) => v === FEW || v === HIDDEN).map(([id]) => id);
  const range = (id: string) => (shown.get(id) === FEW ? [1, 4] : [0, max]);
  const out = new Map<string, Bounds>(ids.map((id) => [id, { least: Infinity, greatest: -Infinity }]));
  const at = new Map(values);
  const position = new Map(ids.map((id, k) => [id, k]));
  // A line is checked as soon as its last hidden member is assigned.
  const last = (l: View['lines'][number]) => Math.max(-1, ...[l.total, ...l.parts].map((m) => position.get(m) ?? -1));
  const holds = (l: View['lines'][number]) =>
    l.parts.reduce((s, p) => s + (at.get(p) ?? 0), 0) === (at.get(l.total) ?? 0);
  const checkAt = ids.map((_, k) => view.lines.filter((l) => last(l) === k));
  if (!view.lines.filter((l) => last(l) === -1).every(holds)) return out;
  const walk = (k: number) => {
    if (k === ids.length) {
      for (const id of ids) {
        const b = out.get(id) as Bounds;
        const v = at.get(id) ?? 0;
        b.least = Math.min(b.least, v);
        b.greatest = Math.max(b.greatest, v);
      }
      return;
    }
    const [lo, hi] = range(ids[k]);
    for (let v = lo; v <= hi; v++) {
      at.set(ids[k], v);
      if (checkAt[k].every(holds)) walk(k + 1);
    }
  };
  walk(0);
  return out;
}
