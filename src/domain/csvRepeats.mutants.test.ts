/**
 * One line per problem, not per row (issue 25, item 12; csvRepeats.ts): the cases that the mutation
 * run of `csvRepeats.ts` (issue 29) found untested. Problems are one when everything but their row
 * is the same. Each test was seen to fail with its mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import type { CsvRowProblem } from './csvJourneys';
import { groupCsvProblems } from './csvRepeats';

const rule = (row: number, message: string): CsvRowProblem => ({
  row,
  column: null,
  code: 'wrongType',
  value: 'interventions[0].end',
  issue: { path: 'interventions[0].end', code: 'wrongType', message },
});

describe('problems of the importer’s rules', () => {
  it('at the same path with other words: not the same problem', () => {
    const out = groupCsvProblems([rule(2, 'expected a date'), rule(3, 'expected text')]);
    expect(out).toEqual([rule(2, 'expected a date'), rule(3, 'expected text')]);
  });

  it('at the same path with the same words: one', () => {
    expect(groupCsvProblems([rule(2, 'expected a date'), rule(3, 'expected a date')])).toEqual([
      { ...rule(2, 'expected a date'), repeats: { count: 2, ranges: [[2, 3]], more: false } },
    ]);
  });
});

describe('how many rows, and which', () => {
  const pnr = (row: number): CsvRowProblem => ({ row, column: 'titel', code: 'personnummer', value: '811218-9876' });

  it('the same number twice in one cell is one row: said once, and counted as one row', () => {
    expect(groupCsvProblems([pnr(2), pnr(2)])).toEqual([pnr(2)]);
    expect(groupCsvProblems([pnr(2), pnr(2), pnr(3)])).toEqual([
      { ...pnr(2), repeats: { count: 2, ranges: [[2, 3]], more: false } },
    ]);
  });

  it('problems given out of row order: each at its first row, in the order of their first rows', () => {
    const kind = (row: number, value: string): CsvRowProblem => ({ row, column: 'insats', code: 'unknownKind', value });
    expect(groupCsvProblems([kind(7, 'Annan'), kind(4, 'Okänd'), kind(2, 'Okänd'), kind(3, 'Okänd')])).toEqual([
      { ...kind(2, 'Okänd'), repeats: { count: 3, ranges: [[2, 4]], more: false } },
      kind(7, 'Annan'),
    ]);
  });
});
