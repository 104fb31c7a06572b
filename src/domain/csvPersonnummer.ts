/**
 * Personnummer in a CSV's cells, each named by its row and column as a spreadsheet shows
 * them (the header is row 1), so a coordinator can find and fix every one.
 */
import type { CsvRowProblem } from './csvJourneys';
import { findPersonnummerInText } from './personnummer';

/** One problem per number found: row, the column's header (or its position), the number as written. */
export function personnummerInCsvCells(cells: readonly (readonly string[])[]): CsvRowProblem[] {
  const out: CsvRowProblem[] = [];
  cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      for (const hit of findPersonnummerInText(cell)) {
        // The header's name as a spreadsheet shows it (trim() drops a byte-order mark too: U+FEFF is
        // white space); a cell of the header itself, or under an empty name, is named by its place.
        const name = r > 0 ? (cells[0][c] ?? '').trim() : '';
        out.push({ row: r + 1, column: name !== '' ? name : `#${c + 1}`, code: 'personnummer', value: hit });
      }
    }),
  );
  return out;
}
