/**
 * What a `resan figures` worker does with a batch, as a plain function so that it runs (and
 * is tested) in the main thread too: CSV rows of whole participants become journeys with the
 * app's own reader (`journeysFromCsvRows`, row numbers as in the file), and every journey is
 * added to the worker's pooled state. Only counts stay; the batch is dropped.
 */
import {
  type CsvRowProblem,
  type Journey,
  type PoolOptions,
  type PoolState,
  journeysFromCsvRows,
  personnummerInCsvCells,
  poolAccumulator,
} from '../src/domain';

export type Batch =
  { type: 'csv'; header: string[]; rows: string[][]; rowNumbers: number[] } | { type: 'journeys'; journeys: Journey[] };
export type BatchResult = { journeys: number; problems: CsvRowProblem[] };

export type Work = { add(batch: Batch): BatchResult; state(): PoolState };

export function work(options: PoolOptions): Work {
  const acc = poolAccumulator(options);
  const state = acc.empty();
  return {
    add(batch) {
      if (batch.type === 'journeys') {
        for (const j of batch.journeys) acc.addJourney(state, j, 0);
        return { journeys: batch.journeys.length, problems: [] };
      }
      const cells = [batch.header, ...batch.rows];
      const r = journeysFromCsvRows(cells);
      for (const j of r.journeys) acc.addJourney(state, j, 0);
      // Row k of the batch (k ≥ 2; the header is row 1) is row rowNumbers[k - 2] of the file. The header's own
      // problems are the main thread's, once per file.
      const problems = [...r.problems, ...personnummerInCsvCells(cells)]
        .filter((p) => p.row > 1)
        .map((p) => ({ ...p, row: batch.rowNumbers[p.row - 2] }))
        .sort((a, b) => a.row - b.row);
      return { journeys: r.journeys.length, problems };
    },
    state: () => state,
  };
}
