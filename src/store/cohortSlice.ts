/**
 * The coordinator's cohort: the journeys of a whole insats, loaded from files or the library
 * (or the seeded demo cohort on first start), with where they came from. Not in the undo
 * history: a cohort is read, not edited.
 */
import type { StateCreator } from 'zustand';
import type { Journey } from '../domain';

export type CohortSource = { kind: 'demo'; seed: number } | { kind: 'files'; names: string[] } | { kind: 'library' };

export type LoadedCohort = {
  /** The library key of a saved cohort; null while it is not saved (the demo, a fresh load). */
  key: string | null;
  name: string;
  source: CohortSource;
  /** Wall-clock time of loading (ISO timestamp), shown as "inläst". */
  loadedAt: string;
  journeys: Journey[];
};

export type CohortSlice = {
  cohort: LoadedCohort | null;
  setCohort: (cohort: LoadedCohort | null) => void;
};

export const createCohortSlice: StateCreator<CohortSlice, [], [], CohortSlice> = (set) => ({
  cohort: null,
  setCohort: (cohort) => set({ cohort }),
});
