/** Issue 28, item 8: which cells a stray quote made, and the rows put back (the reader's part is in src/workers/strayQuote.test.ts). */
import { describe, expect, it } from 'vitest';
import { undoStrayQuotes } from './csvQuotes';

const readLine = (line: string) => line.split(';');
const header = ['deltagare', 'insats', 'startdatum'];

describe('undoStrayQuotes', () => {
  it('puts back the whole rows a quote swallowed, the row it began in left empty, and says where', () => {
    const rows = [
      header,
      ['P-1', 'Komvux', '2025-01-01'],
      ['P-2', 'Komvux\r\nP-3;Komvux;2025-01-03\r\nP-4;Komvux', '2025-01-04'],
    ];
    const r = undoStrayQuotes(rows, { delimiter: ';', unclosed: false, readLine });
    expect(r.rows).toEqual([
      header,
      ['P-1', 'Komvux', '2025-01-01'],
      [],
      ['P-3', 'Komvux', '2025-01-03'],
      ['P-4', 'Komvux"', '2025-01-04'],
    ]);
    expect(r.problems).toEqual([
      { row: 3, column: 'insats', code: 'strayQuote', value: 'Komvux', swallowed: { from: 4, to: 5, closed: true } },
    ]);
  });

  it('one swallowed row whose rest made the row too long; a quote never closed runs to the end', () => {
    const closed = undoStrayQuotes([header, ['P-1', 'Komvux\nP-2', 'Komvux', '2025-01-02']], {
      delimiter: ';',
      unclosed: false,
      readLine,
    });
    expect(closed.rows).toEqual([header, [], ['P-2"', 'Komvux', '2025-01-02']]);
    expect(closed.problems[0].swallowed).toEqual({ from: 3, to: 3, closed: true });
    const open = undoStrayQuotes(
      [header, ['P-1', 'Komvux', '2025\nP-2;Komvux;2025-01-02\n\nP-3;Komvux;2025-01-03\n']],
      {
        delimiter: ';',
        unclosed: true,
        readLine,
      },
    );
    // The blank line it swallowed stays a row (row 4), so P-3 is row 5 as in a spreadsheet.
    expect(open.rows).toEqual([header, [], ['P-2', 'Komvux', '2025-01-02'], [''], ['P-3', 'Komvux', '2025-01-03']]);
    expect(open.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'startdatum', swallowed: { from: 3, to: 5, closed: false } }),
    ]);
  });

  it('leaves a cell on two lines alone when no line is a row, and a quote never closed that is no row’s last cell', () => {
    const rows = [header, ['P-1', 'Komvux', '2025-01-01'], ['P-2', 'Kom\r\nvux; i kväll', '2025-01-02']];
    expect(undoStrayQuotes(rows, { delimiter: ';', unclosed: false, readLine })).toEqual({ rows, problems: [] });
    const notLast = [header, ['P-1', 'a\nb', '2025-01-01'], ['P-2', 'Komvux', '2025-01-02']];
    expect(undoStrayQuotes(notLast, { delimiter: ';', unclosed: true, readLine }).problems).toEqual([]);
  });
});
