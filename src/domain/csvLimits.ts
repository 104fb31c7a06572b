/**
 * Limits on a coordinator's CSV (issue 25, item 12), checked in the worker right after
 * papaparse: a cell longer than any real title, more columns than any real sheet, more rows
 * than the largest cohort. A file past a limit is refused whole, and each limit it breaks is
 * reported once, with the first place it is broken (so a bomb of 200,000 columns is one line,
 * not 200,000 "okänd kolumn").
 */
import type { CsvRowProblem } from './csvJourneys';

export const CSV_LIMITS = { cellLength: 10_000, columns: 100, rows: 200_000 } as const;

export type CsvLimitCode = 'cellTooLong' | 'tooManyColumns' | 'tooManyRows';

/** The problems of a CSV past its limits (at most one per limit), or none. */
export function csvLimitProblems(
  cells: readonly (readonly string[])[],
  limits: { cellLength: number; columns: number; rows: number } = CSV_LIMITS,
): CsvRowProblem[] {
  const out: CsvRowProblem[] = [];
  if (cells.length > limits.rows + 1)
    out.push({ row: limits.rows + 2, column: null, code: 'tooManyRows', value: String(cells.length - 1) });
  let wide = false;
  let long = false;
  // Stryker disable next-line ConditionalExpression: equivalent: `!(wide && long)` only stops early; once both are found, `!wide` and `!long` push nothing more
  for (let r = 0; r < cells.length && !(wide && long); r++) {
    const row = cells[r];
    if (!wide && row.length > limits.columns) {
      wide = true;
      out.push({ row: r + 1, column: `#${limits.columns + 1}`, code: 'tooManyColumns', value: String(row.length) });
    }
    if (!long)
      for (let c = 0; c < row.length; c++)
        if (row[c].length > limits.cellLength) {
          long = true;
          out.push({ row: r + 1, column: `#${c + 1}`, code: 'cellTooLong', value: String(row[c].length) });
          break;
        }
  }
  return out.sort((a, b) => a.row - b.row);
}
