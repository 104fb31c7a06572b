/**
 * The coordinator CSV (docs/format.md, "The coordinator CSV"), continued from
 * `csvJourneys.mutants.test.ts`: the participant's birth year and the journey's closing day, the
 * rows the journey's own rules refuse ("A row that cannot be read is reported with its row number
 * [...] and left out; the other rows load") and journeys kept apart by participant. Each of the
 * mutants behind them, planted by hand, was seen to fail a test here; nine tests also fail on the
 * code before the fixes that came with them (a row with a bad birth year or closing day loaded; a
 * third round of refusals dropped the rest; a journey problem said twice; two participants merged).
 */
import { describe, expect, it } from 'vitest';
import { journeysFromCsvRows } from './index';

const read = (...cells: string[][]) => journeysFromCsvRows(cells);
const shape = (r: ReturnType<typeof read>) =>
  r.journeys.map((j) => [j.id, j.participant, j.closed, j.interventions.map((i) => i.id)]);
/** An importer's problem: no column of its own, the path of what it refused and the importer's issue. */
const refused = (row: number, code: string, path: string) => ({
  row,
  column: null,
  code,
  value: path,
  issue: expect.objectContaining({ path, code }),
});
const LONG = 'x'.repeat(10_001);

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

describe("rows the journey's own rules refuse", () => {
  it('a first row they refuse (a title over 10,000 characters) is named and left out; the rows after it load', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'titel'],
      ['P-1', 'komvux', '2025-02-03', LONG],
      ['P-1', 'sfi', '2025-03-03', ''],
    );
    expect(r.problems).toEqual([refused(2, 'tooLong', 'interventions[0].title')]);
    expect(shape(r)).toEqual([['csv-P-1', { ref: 'P-1' }, undefined, ['r3']]]);
  });

  it('a participant whose every row they refuse makes no journey; the other participants load', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'titel'],
      ['P-1', 'komvux', '2025-02-03', LONG],
      ['P-2', 'sfi', '2025-03-03', ''],
    );
    expect(r.problems).toEqual([refused(2, 'tooLong', 'interventions[0].title')]);
    expect(shape(r)).toEqual([['csv-P-2', { ref: 'P-2' }, undefined, ['r3']]]);
  });

  it('names the right row past the tenth: the twelfth, the same id as the second, is left out alone', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [
      'P-1',
      'komvux',
      `2025-02-${String(i + 3).padStart(2, '0')}`,
      `a${i}`,
    ]);
    const r = read(['deltagare', 'insats', 'start', 'id'], ...rows, ['P-1', 'sfi', '2025-03-03', 'a0']);
    expect(r.problems).toEqual([refused(12, 'duplicateId', 'interventions[10].id')]);
    expect(r.journeys[0].interventions.map((i) => i.id)).toEqual(rows.map((row) => row[3]));
  });

  it("a problem of the journey itself (a birth year before 1900) is said once, at the participant's first row; no journey is made", () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'född'],
      ['P-1', 'komvux', '2025-02-03', '1800'],
      ['P-2', 'sfi', '2025-03-03', ''],
    );
    expect(r.problems).toEqual([refused(2, 'tooSmall', 'participant.birthYear')]);
    expect(shape(r)).toEqual([['csv-P-2', { ref: 'P-2' }, undefined, ['r3']]]);
  });

  it('a problem of the journey itself is said once even beside a refused row', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'id', 'född'],
      ['P-1', 'komvux', '2025-02-03', 'a', '1800'],
      ['P-1', 'sfi', '2025-03-03', 'a', ''],
    );
    expect(r.problems).toEqual([
      refused(2, 'tooSmall', 'participant.birthYear'),
      refused(3, 'duplicateId', 'interventions[1].id'),
    ]);
    expect(r.journeys).toEqual([]);
  });

  it('a row left out can make another refused (the three years of sfi count from the first sfi); the rest still loads', () => {
    // Row 3 repeats row 2's id and is left out. Without it the first sfi is row 4's, whose three
    // years would end after 9999-12-31, the last day Resan can show: row 4 is refused in turn.
    const r = read(
      ['deltagare', 'insats', 'start', 'id'],
      ['P-1', 'komvux', '9997-01-01', 'a'],
      ['P-1', 'sfi', '9996-01-01', 'a'],
      ['P-1', 'sfi', '9997-06-01', 'b'],
    );
    expect(r.problems).toEqual([
      refused(3, 'duplicateId', 'interventions[1].id'),
      refused(4, 'afterMaxDate', 'interventions[1].start'),
    ]);
    expect(shape(r)).toEqual([['csv-P-1', { ref: 'P-1' }, undefined, ['a']]]);
  });
});

describe('the journey column: several journeys of one participant', () => {
  it('rows of two participants that name the same journey stay apart, each with its own participant', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'resa'],
      ['P-1', 'komvux', '2025-02-03', 'J'],
      ['P-2', 'sfi', '2025-03-03', 'J'],
      ['J', 'sfi', '2025-04-01', ''], // a participant whose ref is another's journey id
      ['P-3', 'komvux', '2025-05-05', 'csv-P-4'],
      ['P-4', 'sfi', '2025-06-02', ''],
    );
    expect(r.problems).toEqual([]);
    expect(shape(r)).toEqual([
      ['J', { ref: 'P-1' }, undefined, ['r2']],
      ['J', { ref: 'P-2' }, undefined, ['r3']],
      ['csv-J', { ref: 'J' }, undefined, ['r4']],
      ['csv-P-4', { ref: 'P-3' }, undefined, ['r5']],
      ['csv-P-4', { ref: 'P-4' }, undefined, ['r6']],
    ]);
  });
});
