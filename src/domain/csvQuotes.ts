/**
 * A stray quote in a coordinator's CSV (issue 28, item 8). A CSV reader takes a `"` at the start
 * of a cell as the start of a quoted cell that runs to the next `"`, across line breaks: one
 * stray quote swallows the rows after it into one cell (or, with no quote after it, the rest of
 * the file). This module finds such a cell in the rows the reader gave (papaparse, in
 * src/workers) and puts the rows back: the row where the quote began is left out and reported
 * with the rows it swallowed; each swallowed row is read again on its own (by `readLine`, the
 * same reader), so the rest of the file loads.
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
 * The rows with every swallowing cell undone, and one problem per stray quote. `unclosed` says
 * the reader found a quoted cell that never closed; `readLine` splits one line into cells.
 */
export function undoStrayQuotes(
  rows: readonly (readonly string[])[],
  { delimiter, unclosed, readLine }: { delimiter: string; unclosed: boolean; readLine: (line: string) => string[] },
): { rows: string[][]; problems: CsvRowProblem[] } {
  const header = rows[0] ?? [];
  const width = header.length;
  const out: string[][] = rows.length > 0 ? [[...header]] : [];
  const problems: CsvRowProblem[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const last = r === rows.length - 1;
    const c = row.findIndex((cell, i) => {
      if (!LINE_BREAK.test(cell)) return false;
      if (unclosed && last && i === row.length - 1) return true;
      if (row.length > width) return true;
      return cell
        .split(LINE_BREAK)
        .slice(1)
        .some((line) => line.split(delimiter).length >= width);
    });
    if (c < 0) {
      out.push([...row]);
      continue;
    }
    const lines = row[c].split(LINE_BREAK);
    const closed = !(unclosed && last && c === row.length - 1);
    const swallowed = lines.slice(1);
    // Where a quote closed it, the cells read after that quote belong to its last line.
    if (closed) swallowed[swallowed.length - 1] += ['"', ...row.slice(c + 1)].join(delimiter);
    // The row where the quote began: left out, in its place an empty row (so row numbers hold).
    out.push([]);
    const start = out.length;
    for (const line of swallowed) if (line.trim() !== '') out.push(readLine(line));
    problems.push({
      row: start,
      column: header[c] ?? `#${c + 1}`,
      code: 'strayQuote',
      value: lines[0].slice(0, 40),
      swallowed: { from: start + 1, to: out.length, closed },
    });
  }
  return { rows: out, problems };
}
