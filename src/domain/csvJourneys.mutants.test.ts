/**
 * The coordinator CSV (docs/format.md, "The coordinator CSV"): the behaviours that the mutation run
 * of `csvJourneys.ts` found untested. Each of those mutants, planted by hand, was seen to fail a test here.
 * The rows the journey's own rules refuse, the birth year and the closed date are in
 * `csvJourneys.rules.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { type CsvColumn, type CsvJourneysResult, csvColumnsOf, csvTemplateRows, journeysFromCsvRows } from './index';

const read = (...cells: string[][]) => journeysFromCsvRows(cells);
const first = (r: CsvJourneysResult) => r.journeys[0];
const firstIv = (r: CsvJourneysResult) => first(r)?.interventions[0];

/** What a cell of each column becomes in the journey. */
const COLUMN_VALUE: Record<CsvColumn, { cell: string; got: (r: CsvJourneysResult) => unknown; want: unknown }> = {
  participant: { cell: 'P-7', got: (r) => first(r)?.participant.ref, want: 'P-7' },
  kind: { cell: 'Komvux', got: (r) => firstIv(r)?.kind, want: 'komvux' },
  start: { cell: '2025-02-03', got: (r) => firstIv(r)?.start, want: '2025-02-03' },
  id: { cell: 'k1', got: (r) => firstIv(r)?.id, want: 'k1' },
  actor: { cell: 'Försäkringskassan', got: (r) => firstIv(r)?.actor, want: 'fk' },
  end: { cell: '2025-03-01', got: (r) => firstIv(r)?.end, want: '2025-03-01' },
  plannedEnd: { cell: '2025-04-01', got: (r) => firstIv(r)?.plannedEnd, want: '2025-04-01' },
  title: { cell: 'Kvällskurs', got: (r) => firstIv(r)?.title, want: 'Kvällskurs' },
  birthYear: { cell: '1990', got: (r) => first(r)?.participant.birthYear, want: 1990 },
  closed: { cell: '2025-06-01', got: (r) => first(r)?.closed?.date, want: '2025-06-01' },
  closedReason: { cell: 'arbete', got: (r) => first(r)?.closed?.reason, want: 'arbete' },
  journey: { cell: 'J-1', got: (r) => first(r)?.id, want: 'J-1' },
  parallel: { cell: 'ja', got: (r) => firstIv(r)?.parallel, want: true },
};

/** Every name of the contract's table, written as it writes them (`parallel`'s from the guide and the template). */
const NAMES: Record<CsvColumn, string[]> = {
  participant: ['participant', 'participant ref', 'deltagare', 'deltagar-id', 'deltagar-ref', 'ref', 'person'],
  kind: ['kind', 'insats', 'insatstyp', 'typ', 'intervention', 'intervention kind'],
  start: ['start', 'startdatum', 'start date', 'från', 'from'],
  end: ['end', 'slut', 'slutdatum', 'end date', 'faktiskt slut', 'till'],
  plannedEnd: ['plannedEnd', 'planerat slut', 'planerat slutdatum', 'beslutat slut', 'planned end date'],
  id: ['id', 'insats-id', 'intervention id'],
  actor: ['actor', 'aktör', 'ansvarig aktör'],
  title: ['title', 'titel', 'benämning', 'beskrivning'],
  birthYear: ['birthYear', 'födelseår', 'född'],
  closed: ['closed', 'avslutad', 'avslutsdatum', 'closed date', 'avslutad resa'],
  closedReason: ['closedReason', 'avslutsorsak', 'orsak', 'reason'],
  journey: ['journey', 'journey id', 'resa', 'resa-id', 'resans id'],
  parallel: ['parallel', 'parallell', 'vid sidan av', 'beside'],
};
const ALIASES = Object.entries(NAMES).flatMap(([column, names]) => names.map((n) => [column as CsvColumn, n] as const));

describe('the header: every name a column is accepted as', () => {
  it.each(ALIASES)('reads the %s column named "%s"', (column, name) => {
    const cells: Record<string, string> = { participant: 'P-1', kind: 'komvux', start: '2025-02-03' };
    // A closing reason needs its closing day.
    if (column === 'closedReason') cells.closed = '2025-06-01';
    cells[column] = COLUMN_VALUE[column].cell;
    const names = Object.keys(cells).map((c) => (c === column ? name : c));
    const r = read(names, Object.values(cells));
    expect(r.problems).toEqual([]);
    expect(COLUMN_VALUE[column].got(r)).toEqual(COLUMN_VALUE[column].want);
    expect(csvColumnsOf([name])).toEqual([column]);
  });

  it('reads a header with a byte-order mark and blanks around its names, and names the column as written, trimmed', () => {
    const header = ['\uFEFFdeltagare', ' insats ', 'start\t'];
    expect(csvColumnsOf(header)).toEqual(['participant', 'kind', 'start']);
    const r = read(header, ['P-1', 'trolleri', '2025-02-03'], ['P-1', 'komvux', '2025-03-03']);
    expect(r.problems).toEqual([{ row: 2, column: 'insats', code: 'unknownKind', value: 'trolleri' }]);
    expect(r.journeys.map((j) => j.participant.ref)).toEqual(['P-1']);
  });

  it('passes over header cells left empty (trailing separators), and lists only the columns it knows, in order', () => {
    const r = read(
      ['insats', '', 'deltagare', ' ', 'färg', 'start', ''],
      ['komvux', '', 'P-1', '', 'blå', '2025-02-03', ''],
    );
    expect(r.problems).toEqual([{ row: 1, column: 'färg', code: 'unknownColumn', value: 'färg' }]);
    expect(r.columns).toEqual(['kind', 'participant', 'start']);
    expect(r.journeys).toHaveLength(1);
  });

  it('an empty file has none of the three required columns, and nothing else to say', () => {
    expect(read()).toEqual({
      journeys: [],
      problems: ['participant', 'kind', 'start'].map((column) => ({
        row: 1,
        column,
        code: 'missingColumn',
        value: '',
      })),
      columns: [],
    });
  });
});

describe('the cells', () => {
  it("a cell's blanks before and after are not part of its value", () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'id', 'titel'],
      [' P-1 ', ' komvux ', ' 2025-02-03 ', ' k1 ', ' Kväll '],
    );
    expect(r.problems).toEqual([]);
    expect(first(r).participant.ref).toBe('P-1');
    expect(first(r).interventions).toEqual([{ id: 'k1', kind: 'komvux', start: '2025-02-03', title: 'Kväll' }]);
  });

  it('a row shorter than the header has its missing cells empty', () => {
    const r = read(['deltagare', 'insats', 'start', 'slut', 'aktör', 'id'], ['P-1', 'komvux', '2025-02-03']);
    expect(r.problems).toEqual([]);
    expect(first(r).interventions).toEqual([{ id: 'r2', kind: 'komvux', start: '2025-02-03' }]);
  });

  it('passes over a blank row (every cell empty or blanks) without a problem; the rows after keep their numbers', () => {
    const r = read(
      ['deltagare', 'insats', 'start'],
      ['P-1', 'komvux', '2025-02-03'],
      ['', '', ''],
      [' ', '  ', '\t'],
      ['P-1', 'trolleri', '2025-03-03'],
      ['P-1', 'sfi', '2025-04-01'],
    );
    expect(r.problems).toEqual([{ row: 5, column: 'insats', code: 'unknownKind', value: 'trolleri' }]);
    expect(first(r).interventions.map((i) => i.id)).toEqual(['r2', 'r6']);
  });
});

describe('dates: YYYY-MM-DD, with a midnight time after it as Excel writes it', () => {
  it.each(['2025-02-03', '2025-02-03 00:00', '2025-02-03 00:00:00', '2025-02-03T00:00', '2025-02-03T00:00:00'])(
    'reads %s as 2025-02-03',
    (cell) => {
      const r = read(['deltagare', 'insats', 'start'], ['P-1', 'komvux', cell]);
      expect(r.problems).toEqual([]);
      expect(firstIv(r)?.start).toBe('2025-02-03');
    },
  );

  it.each(['ca 2025-02-03', '12025-02-03', '2025-02-03 08:30', '2025-02-03 00:00:00.000', '2025-02-033', '2025-02-30'])(
    'refuses %s as not a date, and leaves the row out',
    (cell) => {
      const r = read(['deltagare', 'insats', 'startdatum'], ['P-1', 'komvux', cell]);
      expect(r.problems).toEqual([{ row: 2, column: 'startdatum', code: 'notDate', value: cell }]);
      expect(r.journeys).toEqual([]);
    },
  );
});

describe('a row that cannot be read: its row, its column and why; the row is left out', () => {
  const header = ['deltagare', 'insats', 'startdatum', 'slutdatum', 'planerat slut', 'aktör'];
  it.each([
    ['an empty kind is required, not an unknown kind', ['P-1', '', '2025-02-03'], 'insats', 'required', ''],
    ['an empty start is required, not a bad date', ['P-1', 'komvux', ''], 'startdatum', 'required', ''],
    ['an end that is not a date', ['P-1', 'komvux', '2025-02-03', 'snart'], 'slutdatum', 'notDate', 'snart'],
    [
      'a planned end that is not a date',
      ['P-1', 'komvux', '2025-02-03', '', '2025-13-01'],
      'planerat slut',
      'notDate',
      '2025-13-01',
    ],
    [
      'an actor Resan does not know',
      ['P-1', 'komvux', '2025-02-03', '', '', 'Skolverket'],
      'aktör',
      'unknownActor',
      'Skolverket',
    ],
  ])('%s', (_, row, column, code, value) => {
    const r = read(header, row, ['P-2', 'sfi', '2025-01-07']);
    expect(r.problems).toEqual([{ row: 2, column, code, value }]);
    expect(r.journeys.map((j) => j.participant.ref)).toEqual(['P-2']);
  });
});

describe('the parallel column: yes or no, in any case', () => {
  it.each([
    ...['ja', 'yes', 'true', '1', 'x'].map((v) => [v, true] as const),
    ...['nej', 'no', 'false', '0'].map((v) => [v, false] as const),
  ])('reads %s (and in capitals) as %s', (cell, parallel) => {
    const r = read(
      ['deltagare', 'insats', 'start', 'vid sidan av'],
      ['P-1', 'sfi', '2025-02-03', cell],
      ['P-1', 'sfi', '2025-03-03', cell.toUpperCase()],
    );
    expect(r.problems).toEqual([]);
    expect(first(r).interventions.map((i) => i.parallel)).toEqual([parallel, parallel]);
  });
});

describe('journeys', () => {
  it('the journey column splits one participant into journeys with those ids; rows without it make csv-<ref>', () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'resa'],
      ['P-1', 'komvux', '2023-02-01', 'A'],
      ['P-1', 'sfi', '2024-02-01', 'B'],
      ['P-1', 'komvux', '2023-05-01', 'A'],
      ['P-2', 'sfi', '2024-02-01', ''],
    );
    expect(r.problems).toEqual([]);
    expect(r.journeys.map((j) => [j.id, j.participant.ref, j.interventions.map((i) => i.id)])).toEqual([
      ['A', 'P-1', ['r2', 'r4']],
      ['B', 'P-1', ['r3']],
      ['csv-P-2', 'P-2', ['r5']],
    ]);
  });

  it('a participant without a birth year, and a journey without a closing day, have no such field at all', () => {
    const j = first(
      read(['deltagare', 'insats', 'start', 'född', 'avslutad'], ['P-1', 'komvux', '2025-02-03', '', '']),
    );
    expect(j.participant).toStrictEqual({ ref: 'P-1' });
    expect(Object.keys(j)).toEqual(['format', 'version', 'id', 'participant', 'interventions']);
  });

  it("lists the problems by row, the journey rules' with the others", () => {
    const r = read(
      ['deltagare', 'insats', 'start', 'id'],
      ['P-1', 'komvux', '2025-02-03', 'a'],
      ['P-1', 'sfi', '2025-03-03', 'a'], // row 3: the same id twice, refused by the journey's rules
      ['P-2', 'trolleri', '2025-02-03', ''], // row 4: a kind Resan does not know
    );
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, null, 'duplicateId'],
      [4, 'insats', 'unknownKind'],
    ]);
  });
});

describe('the template a coordinator downloads', () => {
  it('names the usual columns, each one Resan reads', () => {
    expect(csvColumnsOf(csvTemplateRows()[0])).toEqual([
      'participant',
      'kind',
      'start',
      'end',
      'plannedEnd',
      'actor',
      'title',
      'birthYear',
      'id',
      'parallel',
    ]);
  });

  it('reads back as the journey its three example rows show, an sfi beside the rest', () => {
    const r = journeysFromCsvRows(csvTemplateRows());
    expect(r.problems).toEqual([]);
    expect(r.journeys.map((j) => [j.id, j.participant])).toEqual([['csv-P-0001', { ref: 'P-0001', birthYear: 1988 }]]);
    expect(first(r).interventions).toEqual([
      { id: 's1', kind: 'sfi', start: '2024-09-02', actor: 'kommun', parallel: true },
      {
        id: 'f1',
        kind: 'forsteg',
        start: '2025-01-13',
        end: '2025-03-28',
        actor: 'samordningsforbund',
        title: 'Lugn uppstart',
      },
      { id: 'p1', kind: 'arbetspraktik', start: '2025-05-05', plannedEnd: '2025-11-04', actor: 'af' },
    ]);
  });

  it.each([1, 2, 3])('example row %i is whole on its own: with the header alone it gives the participant', (n) => {
    const [header, ...rows] = csvTemplateRows();
    const r = journeysFromCsvRows([header, rows[n - 1]]);
    expect(r.problems).toEqual([]);
    expect(first(r).participant).toEqual({ ref: 'P-0001', birthYear: 1988 });
  });
});
