/**
 * Personnummer in a CSV's cells, each named by its row and column as a spreadsheet shows
 * them (the header is row 1), so a coordinator can find and fix every one.
 */
import type { CsvRowProblem } from './csvJourneys';
import { findPersonnummerInText } from './personnummer';

/** One problem per number found: row, the column's header (or its position), the number as written. */
export function personnummerInCsvCells(cells: readonly (readonly string[])[]): CsvRowProblem[] {
  const header = cells[0] ?? [];
  const out: CsvRowProblem[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      for (const hit of findPersonnummerInText(cell)) {
        const name = (header[c] ?? '').replace(/^\uFEFF/, '').trim();
        out.push({ row: r + 1, column: name !== '' && r > 0 ? name : `#${c + 1}`, code: 'personnummer', value: hit });
      }
    }),
  );
  return out;
}
