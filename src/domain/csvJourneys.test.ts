/** CSV rows to journeys: Swedish or English headers, kinds by id or label, every bad row named. */
import { describe, expect, it } from 'vitest';
import { analyzeJourney, csvTemplateRows, journeysFromCsvRows, parseJourney } from './index';

describe('journeysFromCsvRows', () => {
  it('reads Swedish headers in any order and case, kinds by their Swedish label, one journey per participant', () => {
    const r = journeysFromCsvRows([
      ['Startdatum', 'DELTAGARE', 'Insats', 'Slutdatum', 'Aktör', 'Födelseår'],
      ['2025-01-13', 'P-1', 'Försteg', '2025-03-28', 'Samordningsförbundet', '1990'],
      ['2025-04-07', 'P-2', 'arbetspraktik', '', 'af', ''],
      ['2025-05-05 00:00:00', 'P-1', 'Introduktionsjobb', '', 'Arbetsförmedlingen', ''],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.journeys.map((j) => [j.id, j.participant.ref, j.participant.birthYear])).toEqual([
      ['csv-P-1', 'P-1', 1990],
      ['csv-P-2', 'P-2', undefined],
    ]);
    expect(r.journeys[0].interventions).toEqual([
      { id: 'r2', kind: 'forsteg', start: '2025-01-13', end: '2025-03-28', actor: 'samordningsforbund' },
      { id: 'r4', kind: 'introduktionsjobb', start: '2025-05-05', actor: 'af' },
    ]);
    // The journeys are real: the analysis finds the wait after the försteg (2025-03-29..2025-05-04 = 37 days).
    expect(analyzeJourney(r.journeys[0], { asOf: '2025-06-01' }).forstegWaits[0].days).toBe(37);
  });

  it('reads English headers and English labels', () => {
    const r = journeysFromCsvRows([
      ['participant', 'kind', 'start', 'plannedEnd', 'id', 'title'],
      ['P-9', 'Work experience placement', '2025-02-03', '2025-08-02', 'p', 'Café'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.journeys[0].interventions).toEqual([
      { id: 'p', kind: 'arbetspraktik', start: '2025-02-03', plannedEnd: '2025-08-02', title: 'Café' },
    ]);
  });

  it('lists every row it cannot read with row number, column and reason, and loads the rest', () => {
    const r = journeysFromCsvRows([
      ['deltagare', 'insats', 'start', 'slut'],
      ['P-1', 'sfi', '2025-01-07', '2025-06-13'],
      ['P-1', 'trolleri', '2025-02-01', ''], // row 3: unknown kind
      ['P-1', 'komvux', '2025-13-01', ''], // row 4: not a date
      ['', 'komvux', '2025-03-01', ''], // row 5: no participant
      ['P-2', 'komvux', '2025-03-01', '2025-02-01'], // row 6: end before start
    ]);
    expect(r.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [3, 'insats', 'unknownKind', 'trolleri'],
      [4, 'start', 'notDate', '2025-13-01'],
      [5, 'deltagare', 'required', ''],
      [6, 'slut', 'endBeforeStart', '2025-02-01'],
    ]);
    expect(r.journeys.map((j) => j.interventions.map((i) => i.id))).toEqual([['r2']]);
  });

  it('accepts an end or a planned end on the start day itself (a 1-day intervention), as the JSON import does', () => {
    // docs/format.md, "Interventions": `end` and `plannedEnd` are "not before `start`"; the same day is not before it.
    const r = journeysFromCsvRows([
      ['deltagare', 'insats', 'start', 'slut', 'planerat slut'],
      ['P-1', 'kartlaggning', '2025-03-03', '2025-03-03', ''],
      ['P-1', 'komvux', '2025-03-04', '', '2025-03-04'],
    ]);
    expect(r.problems).toEqual([]);
    expect(r.journeys[0].interventions).toEqual([
      { id: 'r2', kind: 'kartlaggning', start: '2025-03-03', end: '2025-03-03' },
      { id: 'r3', kind: 'komvux', start: '2025-03-04', plannedEnd: '2025-03-04' },
    ]);
    const json = parseJourney(JSON.stringify(r.journeys[0]));
    expect(json.ok && json.journey.interventions).toEqual(r.journeys[0].interventions);
    expect(analyzeJourney(r.journeys[0]).interventions.map((i) => i.effectiveEnd)).toEqual([
      '2025-03-03',
      '2025-03-04',
    ]);
  });

  it("refuses the rows that break a journey's rules (a repeated id) and keeps the others", () => {
    const r = journeysFromCsvRows([
      ['deltagare', 'insats', 'start', 'id'],
      ['P-1', 'sfi', '2025-01-07', 'a'],
      ['P-1', 'komvux', '2025-03-01', 'a'],
    ]);
    expect(r.problems).toEqual([expect.objectContaining({ row: 3, code: 'duplicateId' })]);
    expect(r.journeys[0].interventions.map((i) => i.kind)).toEqual(['sfi']);
  });

  it('says which required columns are missing, and that a column is unknown', () => {
    const r = journeysFromCsvRows([['deltagare', 'färg', 'start']]);
    expect(r.problems.map((p) => [p.code, p.column])).toEqual([
      ['unknownColumn', 'färg'],
      ['missingColumn', 'kind'],
    ]);
    expect(r.journeys).toEqual([]);
  });

  it('the template reads back without a problem', () => {
    const r = journeysFromCsvRows(csvTemplateRows());
    expect(r.problems).toEqual([]);
    expect(r.journeys).toHaveLength(1);
    expect(r.journeys[0].interventions).toHaveLength(3);
    expect(r.journeys[0].interventions[0]).toMatchObject({ kind: 'sfi', parallel: true });
  });

  it('reads an optional parallel column ("vid sidan av", any case): ja/nej/true/false/1/0/x, empty keeps the default', () => {
    const r = journeysFromCsvRows([
      ['deltagare', 'insats', 'start', 'Vid sidan av'],
      ['P-1', 'sfi', '2024-01-08', 'JA'],
      ['P-1', 'komvux', '2024-02-01', 'x'],
      ['P-1', 'folkhögskola', '2024-03-01', '1'],
      ['P-1', 'Språkstöd (språkutvecklare)', '2024-04-01', 'Nej'],
      ['P-1', 'sfi', '2024-05-01', 'false'],
      ['P-1', 'sfi', '2024-06-01', ''],
      ['P-1', 'komvux', '2024-07-01', 'kanske'], // row 8: not a yes or a no
      ['P-1', 'komvux', '2024-08-01', 'TRUE'],
      ['P-1', 'komvux', '2024-09-01', '0'],
    ]);
    expect(r.problems.map((p) => [p.row, p.column, p.code, p.value])).toEqual([
      [8, 'Vid sidan av', 'notYesNo', 'kanske'],
    ]);
    expect(r.journeys[0].interventions.map((i) => [i.id, i.parallel])).toEqual([
      ['r2', true],
      ['r3', true],
      ['r4', true],
      ['r5', false],
      ['r6', false],
      ['r7', undefined],
      ['r9', true],
      ['r10', false],
    ]);
    expect(journeysFromCsvRows([['participant', 'kind', 'start', 'PARALLEL']]).problems).toEqual([]);
  });
});
