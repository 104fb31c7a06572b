/**
 * The tables of pooled figures that the cohort view has no view for, declared as views so that
 * the one small-cell rule (`suppressView`, primary and secondary) hides the same members on
 * the screen and in every export: gaps by preceding kind, and the counts a figures file keeps
 * of the per-person lists (cliffs by kind and month, upcoming milestones by day and month).
 */
import type { Line } from '../cohort/disclosure';
import type { View, ViewCell } from '../cohort/suppress';
import { byCodeUnit } from '../cohort/tally';
import type { CohortFigures } from '../cohort/types';
import type { ListCounts } from './accumulator';

function sum(xs: readonly number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}

/** A two-way table of counts: rows, columns, each cell, each row's and column's total and the whole. */
export type CrossTable = { rows: string[]; cols: string[]; count: (row: string, col: string) => number };

export const crossIds = {
  cell: (row: string, col: string) => `cell:${row}\u0000${col}`,
  row: (row: string) => `row:${row}`,
  col: (col: string) => `col:${col}`,
  total: 'all',
};

/** A cross table's view: each row adds up to its total, each column to its, and both to the whole. */
export function crossView(t: CrossTable): View {
  const id = crossIds;
  const cells: ViewCell[] = [];
  const lines: Line[] = [];
  for (const r of t.rows) for (const c of t.cols) cells.push({ id: id.cell(r, c), value: t.count(r, c) });
  for (const r of t.rows) {
    cells.push({ id: id.row(r), value: sum(t.cols.map((c) => t.count(r, c))) });
    lines.push({ total: id.row(r), parts: t.cols.map((c) => id.cell(r, c)) });
  }
  for (const c of t.cols) {
    cells.push({ id: id.col(c), value: sum(t.rows.map((r) => t.count(r, c))) });
    lines.push({ total: id.col(c), parts: t.rows.map((r) => id.cell(r, c)) });
  }
  cells.push({ id: id.total, value: sum(t.rows.flatMap((r) => t.cols.map((c) => t.count(r, c)))) });
  lines.push({ total: id.total, parts: t.rows.map(id.row) }, { total: id.total, parts: t.cols.map(id.col) });
  return { cells, lines };
}

/** The distinct values in code-unit order. */
function sorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort(byCodeUnit);
}

/** Interventions ending without a next step, by kind (rows) and month of the end (columns). */
export function cliffTable(counts: ListCounts): CrossTable {
  const by = new Map(counts.cliffs.map((c) => [`${c.kind}\u0000${c.month}`, c.count]));
  return {
    rows: sorted(counts.cliffs.map((c) => c.kind)),
    cols: sorted(counts.cliffs.map((c) => c.month)),
    count: (kind, month) => by.get(`${kind}\u0000${month}`) ?? 0,
  };
}

/** Upcoming sickness milestones by day (rows: "90", "180", "365") and month of the date (columns). */
export function milestoneTable(counts: ListCounts): CrossTable {
  const by = new Map(counts.upcomingMilestones.map((m) => [`${m.day}\u0000${m.month}`, m.count]));
  return {
    rows: [...new Set(counts.upcomingMilestones.map((m) => m.day))].sort((a, b) => a - b).map(String),
    cols: sorted(counts.upcomingMilestones.map((m) => m.month)),
    count: (day, month) => by.get(`${day}\u0000${month}`) ?? 0,
  };
}

export const gapIds = { gaps: (kind: string) => `gaps:${kind}`, days: (kind: string) => `days:${kind}` };

/**
 * Gaps by the kind before them: each kind's gaps (a count) and days (a figure on those gaps).
 * No total: a gap after two kinds counts under both, so the kinds do not add up to the gaps.
 * The figures count gaps, not journeys (a journey with two gaps after the same kind counts
 * twice), so the rule is applied to the gaps as the nearest count.
 */
export function gapsView(f: CohortFigures): View {
  const id = gapIds;
  const cells: ViewCell[] = f.gaps.byPrecedingKind.flatMap((g) => [
    { id: id.gaps(g.kind), value: g.gaps },
    { id: id.days(g.kind), value: g.days, basis: g.gaps },
  ]);
  return { cells, lines: [] };
}
