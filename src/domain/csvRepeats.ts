/**
 * One line per problem, not per row (issue 25, item 12): a CSV whose 20,000 rows share one
 * problem (the same code, column and value) is reported as that problem once, with how many
 * rows and which. Checked in the worker, so the page gets a few problems, not 20,000; a value
 * longer than any real cell is cut where it is shown (a cell of 1,000 quotes is not repeated).
 */
import type { CsvRowProblem } from './csvJourneys';

/** The rows one problem was found in: how many, and their first ranges (rows as a spreadsheet numbers them). */
export type CsvRowRepeats = { count: number; ranges: [number, number][]; more: boolean };

/** Ranges kept per problem; past them `more` says there are others (the count names them all). */
export const SHOWN_RANGES = 10;
/** Characters of a cell's value kept in a problem; a longer one ends in "…". */
export const SHOWN_VALUE = 60;

function cut(value: string): string {
  const chars = [...value];
  return chars.length > SHOWN_VALUE ? `${chars.slice(0, SHOWN_VALUE).join('')}…` : value;
}

/**
 * The problems with those that differ only in their row made one, in the order of their first
 * row. A stray quote (its own rows) and a problem of the importer's rules (its own path) stay as
 * they are unless everything but the row is the same.
 */
export function groupCsvProblems(problems: readonly CsvRowProblem[]): CsvRowProblem[] {
  // A stray quote has no key: it is never found, so never one with another.
  const groups = new Map<string | null, { first: CsvRowProblem; rows: Set<number> }>();
  const out: { first: CsvRowProblem; rows: Set<number> }[] = [];
  // Taken in row order (the worker gives them so), so each is said at its first row.
  for (const p of [...problems].sort((a, b) => a.row - b.row)) {
    const key = p.swallowed
      ? null
      : JSON.stringify([p.code, p.column, p.value, p.issue?.path ?? null, p.issue?.message ?? null]);
    const group = groups.get(key);
    if (group) {
      group.rows.add(p.row);
      continue;
    }
    const made = { first: p, rows: new Set([p.row]) };
    if (key !== null) groups.set(key, made);
    out.push(made);
  }
  return out.map(({ first, rows }) => {
    const p: CsvRowProblem = { ...first, value: cut(first.value) };
    // Rows, not hits: a number written twice in one cell is one row.
    if (rows.size === 1) return p;
    const ranges: [number, number][] = [];
    for (const r of rows) {
      const last = ranges[ranges.length - 1];
      if (last && r === last[1] + 1) last[1] = r;
      else ranges.push([r, r]);
    }
    return {
      ...p,
      repeats: { count: rows.size, ranges: ranges.slice(0, SHOWN_RANGES), more: ranges.length > SHOWN_RANGES },
    };
  });
}
