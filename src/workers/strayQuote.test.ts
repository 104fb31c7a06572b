/** Issue 28, item 8: a stray quote in a CSV row, through the real reader (papaparse) as the worker reads it. */
import { describe, expect, it } from 'vitest';
import { readCohortFiles } from './cohortClient';

const HEADER = 'deltagare;insats;startdatum;titel';
/** Twelve rows, P-1 … P-12 (rows 2–13), each its own journey; `change` rewrites some. */
function csv(change: (rows: string[]) => void = () => {}): File {
  const rows = Array.from({ length: 12 }, (_, i) => `P-${i + 1};Arbetspraktik;2025-01-0${(i % 9) + 1};Praktik`);
  change(rows);
  return new File([[HEADER, ...rows].join('\r\n') + '\r\n'], 'kohort.csv', { type: 'text/csv' });
}
const refs = (out: Awaited<ReturnType<typeof readCohortFiles>>) => out.journeys.map((j) => j.journey.participant.ref);

describe('a stray quote', () => {
  it('that a later quote closes: the row where it began is reported with the rows it swallowed, the rest loads', async () => {
    const out = await readCohortFiles([
      csv((rows) => {
        rows[2] = 'P-3;Arbetspraktik;2025-01-03;"Praktik hos Ab';
        rows[10] = 'P-11;Arbetspraktik;2025-01-03;Praktik"';
      }),
    ]);
    const [report] = out.reports;
    expect(report.rows).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'titel',
        code: 'strayQuote',
        value: 'Praktik hos Ab',
        swallowed: { from: 5, to: 12, closed: true },
      }),
    ]);
    expect(refs(out)).toEqual(['P-1', 'P-2', ...Array.from({ length: 9 }, (_, i) => `P-${i + 4}`)]);
    // The quote that closed it is read as written.
    expect(out.journeys.find((j) => j.journey.participant.ref === 'P-11')?.journey.interventions[0].title).toBe(
      'Praktik"',
    );
  });

  it('that nothing closes: it swallowed the rest of the file, which loads', async () => {
    const out = await readCohortFiles([csv((rows) => (rows[4] = 'P-5;"Arbetspraktik;2025-01-05;Praktik'))]);
    expect(out.reports[0].rows).toEqual([
      expect.objectContaining({
        row: 6,
        column: 'insats',
        code: 'strayQuote',
        swallowed: { from: 7, to: 13, closed: false },
      }),
    ]);
    expect(refs(out)).toHaveLength(11);
    expect(refs(out)).not.toContain('P-5');
  });

  it('a title on two lines in quotes, or a quoted cell with the separator, is no stray quote', async () => {
    const out = await readCohortFiles([
      csv((rows) => {
        rows[0] = 'P-1;Arbetspraktik;2025-01-01;"Praktik\r\npå två rader"';
        rows[1] = 'P-2;Arbetspraktik;2025-01-02;"Praktik; kök"';
      }),
    ]);
    expect(out.reports[0].rows).toEqual([]);
    expect(refs(out)).toHaveLength(12);
    expect(out.journeys[1].journey.interventions[0].title).toBe('Praktik; kök');
  });

  it('a blank line among the rows it swallowed: the rows after it keep their numbers', async () => {
    const out = await readCohortFiles([
      csv((rows) => {
        rows[2] = 'P-3;Arbetspraktik;2025-01-03;"Praktik hos Ab';
        rows[5] = '';
        rows[8] = 'P-9;Trädgård;2025-01-09;Praktik"';
        rows[10] = 'P-11;Trädgård;2025-01-02;Praktik';
      }),
    ]);
    // Row 7 is the blank line; P-9 is row 10 and P-11 row 12, as a spreadsheet numbers them.
    expect(out.reports[0].rows).toEqual([
      expect.objectContaining({ row: 4, code: 'strayQuote', swallowed: { from: 5, to: 10, closed: true } }),
      {
        row: 10,
        column: 'insats',
        code: 'unknownKind',
        value: 'Trädgård',
        repeats: {
          count: 2,
          ranges: [
            [10, 10],
            [12, 12],
          ],
          more: false,
        },
      },
    ]);
  });

  it('a second stray quote in the row where the first closed: both said, and the rows after the second load', async () => {
    const out = await readCohortFiles([
      csv((rows) => {
        rows[2] = 'P-3;Arbetspraktik;2025-01-03;"Praktik hos Ab';
        rows[5] = 'P-6;Arbetspraktik;2025-01-06;säger "hej";"Jobb';
      }),
    ]);
    expect(out.reports[0].rows).toEqual([
      expect.objectContaining({ row: 4, column: 'titel', swallowed: { from: 5, to: 7, closed: true } }),
      expect.objectContaining({ row: 7, column: '#5', swallowed: { from: 8, to: 13, closed: false } }),
    ]);
    expect(refs(out)).toEqual(['P-1', 'P-2', 'P-4', 'P-5', 'P-7', 'P-8', 'P-9', 'P-10', 'P-11', 'P-12']);
  });

  it('a quote that closes at the start of a cell is that cell as written, the cells after it read as they are', async () => {
    const out = await readCohortFiles([
      csv((rows) => {
        rows[2] = 'P-3;Arbetspraktik;2025-01-03;"Praktik hos Ab';
        rows[6] = 'P-7;";2025-01-07;Praktik';
      }),
    ]);
    expect(out.reports[0].rows).toEqual([
      expect.objectContaining({ row: 4, swallowed: { from: 5, to: 8, closed: true } }),
      { row: 8, column: 'insats', code: 'unknownKind', value: '"' },
    ]);
  });

  it('never closed in the file’s last row, with nothing after it but the last line break: read as without that line break', async () => {
    const text = [HEADER, 'P-1;Arbetspraktik;2025-01-01;Praktik', 'P-2;Arbetspraktik;2025-01-02;"Praktik'].join('\r\n');
    const [withBreak, without] = await Promise.all(
      [`${text}\r\n`, text].map((t) => readCohortFiles([new File([t], 'k.csv', { type: 'text/csv' })])),
    );
    expect(withBreak.reports[0].rows).toEqual(without.reports[0].rows);
    expect(refs(withBreak)).toEqual(refs(without));
    expect(refs(withBreak)).toEqual(['P-1', 'P-2']);
  });

  it('in a column whose header is empty: named by its place', async () => {
    const text = [
      'deltagare;insats;startdatum;',
      ...Array.from({ length: 4 }, (_, i) => `P-${i + 1};Komvux;2025-01-0${i + 1};x`),
    ];
    text[2] = 'P-2;Komvux;2025-01-02;"x';
    text[4] = 'P-4;Komvux;2025-01-04;x"';
    const out = await readCohortFiles([new File([text.join('\r\n')], 'k.csv', { type: 'text/csv' })]);
    expect(out.reports[0].rows).toEqual([
      expect.objectContaining({ row: 3, column: '#4', swallowed: { from: 4, to: 5, closed: true } }),
    ]);
  });
});
