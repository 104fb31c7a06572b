/**
 * The coordinator CSV (docs/format.md, "The coordinator CSV"), continued from
 * `csvJourneys.mutants.test.ts`: the participant's birth year and the journey's closing day, and the
 * rows the journey's own rules refuse ("A row that cannot be read is reported with its row number
 * [...] and left out; the other rows load"). Each test was seen to fail with its mutant planted by hand.
 */
import { describe, expect, it } from 'vitest';
import { journeysFromCsvRows } from './index';

const read = (...cells: string[][]) => journeysFromCsvRows(cells);
const shape = (r: ReturnType<typeof read>) =>
  r.journeys.map((j) => [j.id, j.participant, j.closed, j.interventions.map((i) => i.id)]);
describe('the birth year: four digits, on any row of the participant', () => {
  it.each(['abc', 'ca 1988', '1988-05-12', '88', '19880'])(
    'refuses %s as not a year: the row is named and left out, the others load',
    (cell) => {
      const r = read(
        ['deltagare', 'insats', 'start', 'födelseår'],
        ['P-1', 'komvux', '2025-02-03', cell],
        ['P-1', 'sfi', '2025-03-03', ''],
      );
      expect(r.problems).toEqual([{ row: 2, column: 'födelseår', code: 'wrongType', value: cell }]);
      expect(shape(r)).toEqual([['csv-P-1', { ref: 'P-1' }, undefined, ['r3']]]);
    },
  );

  it('reads it from whichever row has it', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'född'],
      ['P-1', 'komvux', '2025-02-03', ''],
      ['P-1', 'sfi', '2025-03-03', '1990'],
    );
    expect(r.problems).toEqual([]);
    expect(shape(r)).toEqual([['csv-P-1', { ref: 'P-1', birthYear: 1990 }, undefined, ['r2', 'r3']]]);
  });
});

describe('the closing day: the day the journey ended, with its reason (default csv)', () => {
  it('closes the journey on that day, for the reason given or else "csv"', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'avslutad', 'avslutsorsak'],
      ['P-1', 'komvux', '2025-02-03', '2025-06-01', 'arbete'],
      ['P-2', 'komvux', '2025-02-03', '2025-06-02 00:00', ''],
      ['P-3', 'komvux', '2025-02-03', '', 'flytt'],
    );
    expect(r.problems).toEqual([]);
    expect(shape(r)).toEqual([
      ['csv-P-1', { ref: 'P-1' }, { date: '2025-06-01', reason: 'arbete' }, ['r2']],
      ['csv-P-2', { ref: 'P-2' }, { date: '2025-06-02', reason: 'csv' }, ['r3']],
      ['csv-P-3', { ref: 'P-3' }, undefined, ['r4']],
    ]);
  });

  it('a closing day that is not a date: the row is named and left out, the others load', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'avslutad'],
      ['P-1', 'komvux', '2025-02-03', 'snart'],
      ['P-1', 'sfi', '2025-03-03', ''],
    );
    expect(r.problems).toEqual([{ row: 2, column: 'avslutad', code: 'notDate', value: 'snart' }]);
    expect(shape(r)).toEqual([['csv-P-1', { ref: 'P-1' }, undefined, ['r3']]]);
  });
});
