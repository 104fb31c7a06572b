/**
 * The door to the cohort engine: every view asks here, never a worker directly. Figures of
 * many journeys are computed in Web Workers (one per spare core), each on a chunk, and the
 * mergeable accumulator states are merged here (journey-format.md section 7).
 *
 * (First version: computed here in slices that yield to the page between them; the worker
 * pool replaces the inside of `computeCohort` without changing its signature.)
 */
import {
  type AlignOptions,
  type Alignment,
  type CohortFigures,
  type CohortOptions,
  type Journey,
  alignCohort,
  cohortAccumulator,
  figureBases,
} from '../domain';

export type CohortResult = {
  figures: CohortFigures;
  /** How many journeys the wait percentiles and the survival curve rest on (small cells). */
  bases: { percentiles: number; survival: number };
  alignment: Alignment | null;
};

export type Progress = { done: number; total: number };

const SLICE = 250;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function computeCohort(
  journeys: readonly Journey[],
  options: CohortOptions,
  align: AlignOptions | null,
  { onProgress, signal }: { onProgress?: (p: Progress) => void; signal?: AbortSignal } = {},
): Promise<CohortResult> {
  const acc = cohortAccumulator(options);
  const state = acc.empty();
  for (let i = 0; i < journeys.length; i += SLICE) {
    signal?.throwIfAborted();
    journeys.slice(i, i + SLICE).forEach((j, k) => acc.addJourney(state, j, i + k));
    onProgress?.({ done: Math.min(i + SLICE, journeys.length), total: journeys.length });
    await yieldToPage();
  }
  signal?.throwIfAborted();
  return {
    figures: acc.finish(state),
    bases: figureBases(state),
    alignment: align ? alignCohort(journeys as Journey[], align) : null,
  };
}
