/**
 * CSV that a spreadsheet cannot run. Free text (titles, actor names, kind labels) reaches
 * the cells, so every cell is made safe before papaparse writes it:
 *
 * - Any text that could start a cell when the file is read with `,`, `;` or tab as the
 *   separator (the cell's start, and the place after every `,`, `;`, tab, quote or line
 *   break inside it) gets a `'` when it begins, after blanks, with `=`, `+`, `-`, `@`, tab
 *   or carriage return. So the cell is text both under English settings (`,`) and under
 *   Swedish ones (`;`), even where a reader splits a quoted cell.
 * - Every cell that holds a `,`, `;`, quote, tab or line break is quoted.
 *
 * papaparse's own `escapeFormulae` only looks at the start of a cell (and its test misses
 * cells with line breaks), so it is not used.
 */
import Papa from 'papaparse';

export type CsvCell = string | number | null | undefined;

// A place where a reader may start a new cell: the start, or after a separator, quote or line break.
const CELL_START = /(^|[,;\t"\r\n])(?=[^\S\r\n]*[=+\-@]|[\t\r])/g;
const NEEDS_QUOTES = /[,;\t"'\r\n]|^\s|\s$/;

/** One cell as text that starts no formula wherever a spreadsheet splits it. */
export function safeCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // A finite number is a number in every spreadsheet, never a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value.replace(CELL_START, "$1'");
}

/** Rows under headers as CSV (CRLF line ends), every cell escaped by `safeCell`. */
export function safeCsv(
  rows: readonly (readonly CsvCell[])[],
  headers: readonly string[],
  options: { delimiter?: ',' | ';' } = {},
): string {
  return Papa.unparse(
    { fields: headers.map(safeCell), data: rows.map((row) => row.map(safeCell)) },
    {
      delimiter: options.delimiter ?? ',',
      newline: '\r\n',
      escapeFormulae: false,
      // papaparse hands over the cell as given, and every cell here is text from safeCell.
      quotes: (value: string) => NEEDS_QUOTES.test(value),
    },
  );
}
