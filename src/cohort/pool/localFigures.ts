/**
 * The figures file of the journeys loaded in this browser (the Kohort view's selection),
 * computed in the cohort workers: what "Exportera sammanställningsfil" writes, and the source
 * Sammanställ adds when the person includes this browser's cohort.
 */
import type { Journey } from '../../domain';
import { type FiguresFile, type PoolOptions, toFiguresFile } from '../../domain/pool';
import { RESAN_VERSION } from '../../io/version';
import { type Progress, computePoolState } from '../../workers/cohortClient';
import { type CohortFilter, isFiltered } from '../filter';

/** The Kohort view's filter as a figures file records it: by name, or null when there is none. */
export const filtersOf = (f: CohortFilter): Record<string, string | null> | null => (isFiltered(f) ? { ...f } : null);

export async function localFigures(
  journeys: readonly Journey[],
  options: PoolOptions,
  provenance: { label: string; filters: Record<string, string | null> | null },
  run: { signal?: AbortSignal; onProgress?: (p: Progress) => void } = {},
): Promise<FiguresFile> {
  const state = await computePoolState(journeys, options, run);
  return toFiguresFile(state, options, {
    ...provenance,
    madeAt: new Date().toISOString(),
    resanVersion: RESAN_VERSION,
  });
}
