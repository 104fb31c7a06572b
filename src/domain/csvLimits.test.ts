import { describe, expect, it } from 'vitest';
import { csvLimitProblems } from './csvLimits';

const limits = { cellLength: 5, columns: 3, rows: 4 };

describe('CSV limits (issue 25, item 12)', () => {
  it('a file within the limits has no problem', () => {
    expect(
      csvLimitProblems(
        [
          ['a', 'b', 'c'],
          ['12345', '', ''],
        ],
        limits,
      ),
    ).toEqual([]);
  });
  it('each limit broken is named once, at its first place', () => {
    const cells = [['a', 'b', 'c', 'd', 'e'], ['123456', 'x'], ['1234567'], ['a', 'b', 'c', 'd'], ['a'], ['a']];
    expect(csvLimitProblems(cells, limits)).toEqual([
      { row: 1, column: '#4', code: 'tooManyColumns', value: '5' },
      { row: 2, column: '#1', code: 'cellTooLong', value: '6' },
      { row: 6, column: null, code: 'tooManyRows', value: '5' },
    ]);
  });
  it('the limit is the number of rows after the header: exactly that many is within it', () => {
    const rows = (n: number) => Array.from({ length: n }, () => ['a']);
    expect(csvLimitProblems(rows(1 + 4), limits)).toEqual([]);
    expect(csvLimitProblems(rows(1 + 5), limits)).toEqual([{ row: 6, column: null, code: 'tooManyRows', value: '5' }]);
  });
  it('a cell too long in several rows is named once, at the first', () => {
    expect(csvLimitProblems([['a'], ['123456'], ['1234567']], limits)).toEqual([
      { row: 2, column: '#1', code: 'cellTooLong', value: '6' },
    ]);
  });
});
