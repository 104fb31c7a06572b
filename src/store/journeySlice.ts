/** The open journey: the document that is edited, undone and saved. */
import type { StateCreator } from 'zustand';
import type { Issue, Journey } from '../domain';
import { DEMO_JOURNEY } from '../demo/demoJourney';

export type JourneySource =
  | { kind: 'demo' }
  | { kind: 'file'; name: string }
  | { kind: 'library' }
  | { kind: 'new' }
  /**
   * Opened from the cohort view: never saved. Its first edit asks whether to save a copy under
   * Resor; `onlyHere` is the answer "Ändra bara här" (edits stay on screen only).
   */
  | { kind: 'cohort'; name: string; original: Journey; onlyHere?: boolean };

export type ImportReport = {
  failed: { file: string; errors: Issue[] }[];
  warnings: { file: string; warnings: Issue[] }[];
  opened: number;
  /**
   * Without a library (files only, or no storage) one journey opens at a time: the one opened and
   * how many of the others were not, from which files, so that none is dropped without a word.
   */
  notOpened?: { first: string; count: number; files: string[] };
};

export const DEMO_KEY = 'demo';

export type JourneySlice = {
  journey: Journey;
  /** The library key the journey is saved under. */
  journeyKey: string;
  source: JourneySource;
  importReport: ImportReport | null;
  /** Opens a journey (one undoable step). */
  openJourney: (journey: Journey, key: string, source: JourneySource) => void;
  /** Changes the open journey (one undoable step). */
  editJourney: (change: (journey: Journey) => Journey) => void;
  setImportReport: (report: ImportReport | null) => void;
};

export const createJourneySlice: StateCreator<JourneySlice, [], [], JourneySlice> = (set) => ({
  journey: DEMO_JOURNEY,
  journeyKey: DEMO_KEY,
  source: { kind: 'demo' },
  importReport: null,
  openJourney: (journey, journeyKey, source) => set({ journey, journeyKey, source }),
  editJourney: (change) =>
    set((s) => {
      const next = change(s.journey);
      return next === s.journey ? {} : { journey: next };
    }),
  setImportReport: (importReport) => set({ importReport }),
});
