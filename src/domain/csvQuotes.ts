/**
 * A stray quote in a coordinator's CSV (issue 28, item 8). A CSV reader takes a `"` at the start
 * of a cell as the start of a quoted cell that runs to the next `"`, across line breaks: one
 * stray quote swallows the rows after it into one cell (or, with no quote after it, the rest of
 * the file). This module finds such a cell in the rows the reader gave (papaparse, in
 * src/workers) and puts the rows back: the row where the quote began is left out and reported
 * with the rows it swallowed; each swallowed row is read again on its own (by `readLine`, the
 * same reader), so the rest of the file loads. A blank line it swallowed stays a blank row, so
 * every row keeps the number a spreadsheet gives it. Where a later quote closed the cell, the rest
 * of that line after the quote is the rest of that row, and it is looked at like any row: it may
 * start a stray quote of its own. The line break that ends the file is in no cell: a quote never
 * closed with nothing after it swallowed no row, and its row is read as it is.
 *
 * A cell with line breaks is a swallowing one when the reader said a quote never closed and it
 * is the file's last cell, when its row has more cells than the header, or when a line after
 * its first has as many cells as the header (a whole row); a title written over two lines is
 * none of these and stays as it is.
 */
import type { CsvRowProblem } from './csvJourneys';

const LINE_BREAK = /\r\n|\n|\r/;

export type StrayQuote = {
  /** The first and last row it swallowed (rows as a spreadsheet numbers them: the header is 1). */
  from: number;
  to: number;
  /** False when no quote closed it: it ran to the end of the file. */
  closed: boolean;
};

/**
 * The first cell of a row that swallowed rows, or -1. `toEnd`: the reader said a quote never closed
 * and this is the file's last row.
 */
function swallowing(cells: readonly string[], toEnd: boolean, width: number, delimiter: string): number {
  return cells.findIndex((cell, i) => {
    if (!LINE_BREAK.test(cell)) return false;
    if (toEnd && i === cells.length - 1) return true;
    if (cells.length > width) return true;
    return cell
      .split(LINE_BREAK)
      .slice(1)
      .some((line) => line.split(delimiter).length >= width);
  });
}

/**
 * The rows with every swallowing cell undone, and one problem per stray quote. `unclosed` says
 * the reader found a quoted cell that never closed; `readLine` splits one line into cells.
 */
export function undoStrayQuotes(
  rows: readonly (readonly string[])[],
  { delimiter, unclosed, readLine }: { delimiter: string; unclosed: boolean; readLine: (line: string) => string[] },
): { rows: string[][]; problems: CsvRowProblem[] } {
  if (rows.length === 0) return { rows: [], problems: [] };
  const header = rows[0];
  const width = header.length;
  const out: string[][] = [[...header]];
  const problems: CsvRowProblem[] = [];
  for (let r = 1; r < rows.length; r++) {
    const toEnd = unclosed && r === rows.length - 1;
    // A quote never closed ran to the end of the file and took the file's last line break, which
    // ends the last row and starts none. (The pattern is built here, not when the module loads, so
    // that a mutation run can change it.)
    let row: readonly string[] = toEnd
      ? rows[r].map((cell, i, all) => (i === all.length - 1 ? cell.replace(/(?:\r\n|\n|\r)$/, '') : cell))
      : rows[r];
    for (;;) {
      const c = swallowing(row, toEnd, width, delimiter);
      if (c < 0) {
        out.push([...row]);
        break;
      }
      const closed = !(toEnd && c === row.length - 1);
      const lines = row[c].split(LINE_BREAK);
      const swallowed = lines.slice(1);
      // Where a quote closed it, its last line goes on after that quote with the cells read after it.
      const end = closed ? swallowed.pop() : undefined;
      // The row where the quote began: left out, in its place an empty row (so row numbers hold).
      out.push([]);
      const start = out.length;
      // Every line it swallowed is a row, a blank one too: the rows after it keep their numbers.
      for (const line of swallowed) out.push(readLine(line));
      problems.push({
        row: start,
        // As a spreadsheet shows the header; by its place past the header or under an empty name.
        column: (header[c] ?? '').trim() || `#${c + 1}`,
        code: 'strayQuote',
        // Whole: the worker cuts every value it reports (groupCsvProblems).
        value: lines[0],
        swallowed: { from: start + 1, to: end === undefined ? out.length : out.length + 1, closed },
      });
      if (end === undefined) break;
      // That last line is a row of the file, the closing quote in it as written, and may hold a
      // stray quote of its own.
      const before = readLine(end);
      row = [...before.slice(0, -1), `${before[before.length - 1] ?? ''}"`, ...row.slice(c + 1)];
    }
  }
  return { rows: out, problems };
}
