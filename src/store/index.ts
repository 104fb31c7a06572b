/**
 * One zustand store built from typed slices. Middleware only here, at the root: zundo
 * keeps the history of the open journey (what it is and which library entry it is), so
 * that undo and redo reach across edits, imports and opening another journey.
 */
import { temporal } from 'zundo';
import { create } from 'zustand';
import { type CohortSlice, createCohortSlice } from './cohortSlice';
import { type JourneySlice, createJourneySlice } from './journeySlice';
import { type LibrarySlice, createLibrarySlice } from './librarySlice';
import { type ViewSlice, createViewSlice } from './viewSlice';

export type AppState = JourneySlice & LibrarySlice & ViewSlice & CohortSlice;
type History = Pick<AppState, 'journey' | 'journeyKey' | 'source'>;

export const HISTORY_LIMIT = 200;

export const useStore = create<AppState>()(
  temporal(
    (...a) => ({
      ...createJourneySlice(...a),
      ...createLibrarySlice(...a),
      ...createViewSlice(...a),
      ...createCohortSlice(...a),
    }),
    {
      limit: HISTORY_LIMIT,
      partialize: (s): History => ({ journey: s.journey, journeyKey: s.journeyKey, source: s.source }),
      equality: (a, b) => a.journey === b.journey && a.journeyKey === b.journeyKey,
    },
  ),
);

export const history = () => useStore.temporal.getState();

export const selectJourney = (s: AppState) => s.journey;
export const selectJourneyKey = (s: AppState) => s.journeyKey;
export const selectSource = (s: AppState) => s.source;
export const selectImportReport = (s: AppState) => s.importReport;
export const selectLanguage = (s: AppState) => s.language;
export const selectIgnoreGaps = (s: AppState) => s.ignoreGapsUpToDays;
export const selectZoom = (s: AppState) => s.zoom;
export const selectSelection = (s: AppState) => s.selection;
export const selectHovered = (s: AppState) => s.hovered;
export const selectEditMode = (s: AppState) => s.editMode;
export const selectSaveState = (s: AppState) => s.saveState;
export const selectEntries = (s: AppState) => s.entries;
export const selectLibraryStatus = (s: AppState) => s.libraryStatus;
export const selectConflict = (s: AppState) => s.conflict;
export const selectChangedElsewhere = (s: AppState) => s.changedElsewhere;
export const selectNewBackups = (s: AppState) => s.newBackups;
export const selectBackups = (s: AppState) => s.backups;
export const selectEditTarget = (s: AppState) => s.editTarget;
export const selectActiveScenarios = (s: AppState) => s.activeScenarios;
export const selectScenarioEditor = (s: AppState) => s.scenarioEditor;
export const selectSideBySide = (s: AppState) => s.sideBySide;
export const selectParticipantForm = (s: AppState) => s.participantForm;
export const selectPage = (s: AppState) => s.page;
export const selectCohort = (s: AppState) => s.cohort;
export const selectNotMoved = (s: AppState) => s.notMoved;
export const selectPending = (s: AppState) => s.pending;
export const selectImportProgress = (s: AppState) => s.importProgress;
export const selectRecovered = (s: AppState) => s.recovered;
export const selectInterruptedImport = (s: AppState) => s.interruptedImport;
export const selectDuplicates = (s: AppState) => s.duplicates;
