/**
 * Personnummer in a CSV's cells (docs/format.md "Files": a warning for anything that looks like a
 * personnummer; csvPersonnummer.ts: each named by its row and its column as a spreadsheet shows
 * them, the header being row 1): the cases that the mutation run of `csvPersonnummer.ts` (issue 29)
 * found untested. Each test was seen to fail with its mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { personnummerInCsvCells } from './csvPersonnummer';

describe('the column a number is in, as a spreadsheet shows it', () => {
  it('no cells: nothing found', () => {
    expect(personnummerInCsvCells([])).toEqual([]);
  });

  it('the header’s name without a byte-order mark or the blanks around it', () => {
    expect(
      personnummerInCsvCells([
        ['\uFEFFdeltagare', ' titel '],
        ['811218-9876', 'P-1 811228-9874'],
      ]),
    ).toEqual([
      { row: 2, column: 'deltagare', code: 'personnummer', value: '811218-9876' },
      { row: 2, column: 'titel', code: 'personnummer', value: '811228-9874' },
    ]);
  });

  it('under an empty name or past the header’s last column: named by its place', () => {
    expect(
      personnummerInCsvCells([
        ['deltagare', ' '],
        ['P-1', '811218-9876', '811228-9874'],
      ]),
    ).toEqual([
      { row: 2, column: '#2', code: 'personnummer', value: '811218-9876' },
      { row: 2, column: '#3', code: 'personnummer', value: '811228-9874' },
    ]);
  });

  it('a number in the header itself is named by its place, not by itself', () => {
    expect(
      personnummerInCsvCells([
        ['deltagare', '811218-9876'],
        ['P-1', 'x'],
      ]),
    ).toEqual([{ row: 1, column: '#2', code: 'personnummer', value: '811218-9876' }]);
  });
});
