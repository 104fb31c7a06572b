/**
 * A stray quote in a coordinator's CSV (issue 28, item 8; the rule is csvQuotes.ts' header): the
 * cases that the mutation run of `csvQuotes.ts` (issue 29) found untested. A cell with line breaks
 * swallowed rows when the reader said a quote never closed and it is the file's last cell, when its
 * row has more cells than the header, or when a line after its first has as many cells as the
 * header; any other cell with line breaks (a title written over two lines) is left as it is. The
 * rows are written as papaparse gives them, the file's text beside them. Each test was seen to fail
 * with its mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { undoStrayQuotes } from './csvQuotes';

const readLine = (line: string) => line.split(';');
const read = (rows: string[][], unclosed = false) => undoStrayQuotes(rows, { delimiter: ';', unclosed, readLine });
const header = ['deltagare', 'insats', 'startdatum'];
const withTitle = ['deltagare', 'insats', 'startdatum', 'titel'];

describe('what is no stray quote is given back as it was', () => {
  it('no rows: no rows and no problem, whatever the reader said', () => {
    expect(read([])).toEqual({ rows: [], problems: [] });
    expect(read([], true)).toEqual({ rows: [], problems: [] });
  });

  it('a header alone', () => {
    expect(read([header])).toEqual({ rows: [header], problems: [] });
  });

  it('a title on two lines in the last cell of the last row, every quote closed', () => {
    // …;"Praktik⏎på två rader"
    const rows = [withTitle, ['P-1', 'Komvux', '2025-01-01', 'Praktik\npå två rader']];
    expect(read(rows)).toEqual({ rows, problems: [] });
  });

  it('a cell on two lines whose first line has the separator in it: only the lines after the first count', () => {
    // P-2;"Komvux; kväll; helg⏎i Malmö";2025-01-02
    const rows = [header, ['P-1', 'Komvux', '2025-01-01'], ['P-2', 'Komvux; kväll; helg\ni Malmö', '2025-01-02']];
    expect(read(rows)).toEqual({ rows, problems: [] });
  });

  it('a quote never closed is the file’s last cell only: a title on two lines in a row before it stays', () => {
    // P-1;Komvux;2025-01-01;"Praktik⏎på två rader"  …  P-2;Komvux;2025-01-02;"Praktik⏎P-3;Komvux;2025-01-03;x
    const rows = [
      withTitle,
      ['P-1', 'Komvux', '2025-01-01', 'Praktik\npå två rader'],
      ['P-2', 'Komvux', '2025-01-02', 'Praktik\nP-3;Komvux;2025-01-03;x'],
    ];
    const r = read(rows, true);
    expect(r.rows).toEqual([withTitle, rows[1], [], ['P-3', 'Komvux', '2025-01-03', 'x']]);
    expect(r.problems).toEqual([
      { row: 3, column: 'titel', code: 'strayQuote', value: 'Praktik', swallowed: { from: 4, to: 4, closed: false } },
    ]);
  });

  it('a quote never closed in the last row’s last cell: a title on two lines before it in that row stays', () => {
    // P-2;"Praktik⏎på två rader";Komvux;"2025-01-02⏎P-3;x;Komvux;2025-01-03
    const titleFirst = ['deltagare', 'titel', 'insats', 'startdatum'];
    const r = read(
      [titleFirst, ['P-2', 'Praktik\npå två rader', 'Komvux', '2025-01-02\nP-3;x;Komvux;2025-01-03']],
      true,
    );
    expect(r.rows).toEqual([titleFirst, [], ['P-3', 'x', 'Komvux', '2025-01-03']]);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: 'startdatum',
        code: 'strayQuote',
        value: '2025-01-02',
        swallowed: { from: 3, to: 3, closed: false },
      },
    ]);
  });
});

describe('a stray quote', () => {
  it('never closed: the rest of the file went into its cell, whole rows or not', () => {
    // P-1;Komvux;"2025-01-01⏎P-2;Komvux⏎P-3
    const r = read([header, ['P-1', 'Komvux', '2025-01-01\nP-2;Komvux\nP-3']], true);
    expect(r.rows).toEqual([header, [], ['P-2', 'Komvux'], ['P-3']]);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: 'startdatum',
        code: 'strayQuote',
        value: '2025-01-01',
        swallowed: { from: 3, to: 4, closed: false },
      },
    ]);
  });

  it('at the start of the first cell', () => {
    // "P-1⏎P-2;Komvux;2025-01-02⏎P-3";Komvux;2025-01-03
    const r = read([header, ['P-1\nP-2;Komvux;2025-01-02\nP-3', 'Komvux', '2025-01-03']]);
    expect(r.rows).toEqual([header, [], ['P-2', 'Komvux', '2025-01-02'], ['P-3"', 'Komvux', '2025-01-03']]);
    expect(r.problems).toEqual([
      { row: 2, column: 'deltagare', code: 'strayQuote', value: 'P-1', swallowed: { from: 3, to: 4, closed: true } },
    ]);
  });

  it('closed at the end of the file’s last cell: closed, and the quote that closed it read as written', () => {
    // P-1;Komvux;"2025-01-01⏎P-2;Komvux;2025-01-02⏎P-3;Komvux;2025-01-03"
    const r = read([header, ['P-1', 'Komvux', '2025-01-01\nP-2;Komvux;2025-01-02\nP-3;Komvux;2025-01-03']]);
    expect(r.rows).toEqual([header, [], ['P-2', 'Komvux', '2025-01-02'], ['P-3', 'Komvux', '2025-01-03"']]);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: 'startdatum',
        code: 'strayQuote',
        value: '2025-01-01',
        swallowed: { from: 3, to: 4, closed: true },
      },
    ]);
  });

  it('in a cell past the header: named by its place', () => {
    // P-1;Komvux;2025-01-01;"Praktik⏎P-2;Komvux;2025-01-02"
    const r = read([header, ['P-1', 'Komvux', '2025-01-01', 'Praktik\nP-2;Komvux;2025-01-02']]);
    expect(r.rows).toEqual([header, [], ['P-2', 'Komvux', '2025-01-02"']]);
    expect(r.problems).toEqual([
      { row: 2, column: '#4', code: 'strayQuote', value: 'Praktik', swallowed: { from: 3, to: 3, closed: true } },
    ]);
  });

  it('closed in the last row by a quote, where another never closes: the first was closed', () => {
    // P-1;Komvux;2025-01-01;"Praktik⏎P-2;Komvux;2025-01-02;x⏎P-3;Komvux;2025-01-03;säger "hej";"Jobb⏎P-4;…
    const r = read(
      [
        withTitle,
        [
          'P-1',
          'Komvux',
          '2025-01-01',
          'Praktik\nP-2;Komvux;2025-01-02;x\nP-3;Komvux;2025-01-03;säger "hej',
          'Jobb\nP-4;Komvux;2025-01-04;x\n',
        ],
      ],
      true,
    );
    expect(r.problems[0]).toEqual({
      row: 2,
      column: 'titel',
      code: 'strayQuote',
      value: 'Praktik',
      swallowed: { from: 3, to: 4, closed: true },
    });
  });
});
