/** One zustand store built from typed slices; selectors are module-level constants. */
import { create } from 'zustand';
import { type JourneySlice, createJourneySlice } from './journeySlice';
import { type ViewSlice, createViewSlice } from './viewSlice';

export type AppState = JourneySlice & ViewSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createJourneySlice(...a),
  ...createViewSlice(...a),
}));

export const selectJourney = (s: AppState) => s.journey;
export const selectSource = (s: AppState) => s.source;
export const selectCohort = (s: AppState) => s.cohort;
export const selectImportReport = (s: AppState) => s.importReport;
export const selectLanguage = (s: AppState) => s.language;
export const selectIgnoreGaps = (s: AppState) => s.ignoreGapsUpToDays;
export const selectZoom = (s: AppState) => s.zoom;
export const selectSelection = (s: AppState) => s.selection;
export const selectHovered = (s: AppState) => s.hovered;
