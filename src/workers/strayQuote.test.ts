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
});
