import { describe, expect, it } from 'vitest';
import type { CsvRowProblem } from './csvJourneys';
import { SHOWN_RANGES, SHOWN_VALUE, groupCsvProblems } from './csvRepeats';

const kind = (row: number, value = 'Okänd'): CsvRowProblem => ({ row, column: 'insats', code: 'unknownKind', value });

describe('one line per problem, not per row (issue 25, item 12)', () => {
  it('a problem in one row stays as it was', () => {
    expect(groupCsvProblems([kind(2), kind(3, 'Annan')])).toEqual([kind(2), kind(3, 'Annan')]);
  });

  it('the same problem in many rows is one, at its first row, with its count and ranges', () => {
    const rows = [2, 3, 4, 7, 9, 10];
    const out = groupCsvProblems([...rows.map((r) => kind(r)), kind(5, 'Annan')].sort((a, b) => a.row - b.row));
    expect(out).toEqual([
      {
        ...kind(2),
        repeats: {
          count: 6,
          ranges: [
            [2, 4],
            [7, 7],
            [9, 10],
          ],
          more: false,
        },
      },
      kind(5, 'Annan'),
    ]);
  });

  it('differs by code, column or the importer’s path: not the same problem', () => {
    const a = kind(2);
    const out = groupCsvProblems([
      a,
      { ...kind(3), column: 'typ' },
      { ...kind(4), code: 'required' },
      { ...kind(5), issue: { path: 'a', code: 'wrongType', message: 'm' } },
      { ...kind(6), issue: { path: 'b', code: 'wrongType', message: 'm' } },
    ]);
    expect(out).toHaveLength(5);
    expect(out.every((p) => p.repeats === undefined)).toBe(true);
  });

  it('a stray quote is never merged with another', () => {
    const q = (row: number): CsvRowProblem => ({
      row,
      column: 'titel',
      code: 'strayQuote',
      value: 'x',
      swallowed: { from: row + 1, to: row + 1, closed: true },
    });
    expect(groupCsvProblems([q(2), q(4)])).toEqual([q(2), q(4)]);
  });

  it('20,000 rows: one problem; the first ranges kept and `more` says there are others', () => {
    const every = Array.from({ length: 20_000 }, (_, i) => kind(i + 2));
    expect(groupCsvProblems(every)).toEqual([
      { ...kind(2), repeats: { count: 20_000, ranges: [[2, 20_001]], more: false } },
    ]);
    const scattered = Array.from({ length: 20_000 }, (_, i) => kind(2 * i + 2));
    const [one] = groupCsvProblems(scattered);
    expect(one.repeats).toEqual({
      count: 20_000,
      ranges: Array.from({ length: SHOWN_RANGES }, (_, i): [number, number] => [2 * i + 2, 2 * i + 2]),
      more: true,
    });
    expect(groupCsvProblems(scattered.slice(0, SHOWN_RANGES))[0].repeats?.more).toBe(false);
  });

  it('a value longer than any real cell is cut, with "…"', () => {
    const long = '"'.repeat(1000);
    const [p] = groupCsvProblems([kind(2, long), kind(3, long)]);
    expect(p.value).toBe('"'.repeat(SHOWN_VALUE) + '…');
    expect(groupCsvProblems([kind(2, 'x'.repeat(SHOWN_VALUE))])[0].value).toBe('x'.repeat(SHOWN_VALUE));
  });
});
