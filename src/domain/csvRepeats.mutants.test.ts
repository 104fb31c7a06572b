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
