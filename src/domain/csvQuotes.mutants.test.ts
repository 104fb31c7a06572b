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

  it('a title ending in a line break, every quote closed, stays as written, also in the last row', () => {
    // P-1;Komvux;2025-01-01;"Praktik⏎"⏎P-2;Komvux;2025-01-02;"Jobb⏎"
    const rows = [withTitle, ['P-1', 'Komvux', '2025-01-01', 'Praktik\n'], ['P-2', 'Komvux', '2025-01-02', 'Jobb\n']];
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

describe('found beside the mutants: every row keeps its number, and every stray quote is said', () => {
  it('a blank line among the rows swallowed stays a blank row, so the rows after it keep their numbers', () => {
    // P-1;"Komvux;2025-01-01⏎P-2;Komvux;2025-01-02⏎⏎P-3;Komvux;2025-01-03";x⏎P-4;Komvux;2025-01-04
    const r = read([
      header,
      ['P-1', 'Komvux;2025-01-01\nP-2;Komvux;2025-01-02\n\nP-3;Komvux;2025-01-03', 'x'],
      ['P-4', 'Komvux', '2025-01-04'],
    ]);
    expect(r.rows).toEqual([
      header,
      [],
      ['P-2', 'Komvux', '2025-01-02'],
      [''],
      ['P-3', 'Komvux', '2025-01-03"', 'x'],
      ['P-4', 'Komvux', '2025-01-04'],
    ]);
    expect(r.problems).toEqual([
      {
        row: 2,
        column: 'insats',
        code: 'strayQuote',
        value: 'Komvux;2025-01-01',
        swallowed: { from: 3, to: 5, closed: true },
      },
    ]);
  });

  it('never closed: the line break that ends the file starts no row; a blank line before it does', () => {
    // P-1;Komvux;"2025-01-01⏎P-2;Komvux;2025-01-02⏎⏎  (the file's last line break after the blank line)
    const r = read([header, ['P-1', 'Komvux', '2025-01-01\r\nP-2;Komvux;2025-01-02\r\n\r\n']], true);
    expect(r.rows).toEqual([header, [], ['P-2', 'Komvux', '2025-01-02'], ['']]);
    expect(r.problems[0].swallowed).toEqual({ from: 3, to: 4, closed: false });
  });

  it('never closed, with nothing after it but the line break that ends the file: the row read as it is', () => {
    // P-1;Komvux;"2025-01-01⏎ gives what P-1;Komvux;"2025-01-01 gives: no rows swallowed
    const atEnd = read([header, ['P-1', 'Komvux', '2025-01-01\n']], true);
    expect(atEnd).toEqual({ rows: [header, ['P-1', 'Komvux', '2025-01-01']], problems: [] });
    expect(read([header, ['P-1', 'Komvux', '2025-01-01']], true)).toEqual(atEnd);
    // Only that last cell lost the file's line break: a title before it ending in one keeps it.
    const titleFirst = ['deltagare', 'titel', 'insats', 'startdatum'];
    expect(read([titleFirst, ['P-1', 'Praktik\n', 'Komvux', '2025-01-01\n']], true)).toEqual({
      rows: [titleFirst, ['P-1', 'Praktik\n', 'Komvux', '2025-01-01']],
      problems: [],
    });
  });

  it('a quote that closes at the start of a line: the quote is that line’s first cell', () => {
    // P-1;"Komvux;2025-01-01;x⏎P-2;Komvux;2025-01-02;y⏎";2025-01-03;kök   (papaparse reads an empty line as no cells)
    const r = undoStrayQuotes(
      [withTitle, ['P-1', 'Komvux;2025-01-01;x\nP-2;Komvux;2025-01-02;y\n', '2025-01-03', 'kök']],
      {
        delimiter: ';',
        unclosed: false,
        readLine: (line) => (line === '' ? [] : readLine(line)),
      },
    );
    expect(r.rows).toEqual([withTitle, [], ['P-2', 'Komvux', '2025-01-02', 'y'], ['"', '2025-01-03', 'kök']]);
  });

  it('a second stray quote in the row where the first closed: said too, and the rows it swallowed read', () => {
    // P-1;Komvux;2025-01-01;"Praktik⏎P-2;Komvux;2025-01-02;x⏎P-3;Komvux;2025-01-03;säger "hej";"Jobb⏎P-4;Komvux;2025-01-04;x⏎
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
    expect(r.rows).toEqual([
      withTitle,
      [],
      ['P-2', 'Komvux', '2025-01-02', 'x'],
      [],
      ['P-4', 'Komvux', '2025-01-04', 'x'],
    ]);
    expect(r.problems).toEqual([
      { row: 2, column: 'titel', code: 'strayQuote', value: 'Praktik', swallowed: { from: 3, to: 4, closed: true } },
      { row: 4, column: '#5', code: 'strayQuote', value: 'Jobb', swallowed: { from: 5, to: 5, closed: false } },
    ]);
  });

  it('the cells after the closing quote are kept as the reader read them: a quoted separator stays in its cell', () => {
    // P-1;"Komvux;2025-01-01;x⏎P-2;Komvux;2025-01-02;y⏎P-3;Komvux";2025-01-03;"Praktik; kök"
    const r = read([
      withTitle,
      ['P-1', 'Komvux;2025-01-01;x\nP-2;Komvux;2025-01-02;y\nP-3;Komvux', '2025-01-03', 'Praktik; kök'],
    ]);
    expect(r.rows).toEqual([
      withTitle,
      [],
      ['P-2', 'Komvux', '2025-01-02', 'y'],
      ['P-3', 'Komvux"', '2025-01-03', 'Praktik; kök'],
    ]);
  });

  it('its column named as a spreadsheet shows the header: without blanks, by its place under an empty name', () => {
    // ·deltagare·;;startdatum  /  P-1;"x⏎P-2;Komvux;2025-01-02⏎P-3";2025-01-03
    const padded = [' deltagare ', '', 'startdatum'];
    const inSecond = read([padded, ['P-1', 'x\nP-2;Komvux;2025-01-02\nP-3', '2025-01-03']]);
    expect(inSecond.problems.map((p) => p.column)).toEqual(['#2']);
    const inFirst = read([padded, ['x\nP-2;Komvux;2025-01-02\nP-3', 'Komvux', '2025-01-03']]);
    expect(inFirst.problems.map((p) => p.column)).toEqual(['deltagare']);
  });

  it('its value is the first line of its cell, whole (the worker cuts every value it shows)', () => {
    const long = 'Praktik hos Ab '.repeat(10);
    const r = read([withTitle, ['P-1', 'Komvux', '2025-01-01', `${long}\nP-2;Komvux;2025-01-02;x`]]);
    expect(r.problems[0].value).toBe(long);
  });
});
