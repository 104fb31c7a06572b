/** The open journey, the cohort it may come from, and what the last import said. */
import type { StateCreator } from 'zustand';
import type { Cohort, Issue, Journey } from '../domain';
import { DEMO_JOURNEY } from '../demo/demoJourney';

export type JourneySource = { kind: 'demo' } | { kind: 'file'; name: string };

export type ImportReport =
  { kind: 'errors'; file: string; errors: Issue[] } | { kind: 'warnings'; file: string; warnings: Issue[] };

export type JourneySlice = {
  journey: Journey;
  source: JourneySource;
  cohort: { file: string; journeys: Journey[]; index: number } | null;
  importReport: ImportReport | null;
  openJourney: (journey: Journey, source: JourneySource, warnings?: Issue[]) => void;
  openCohort: (cohort: Cohort, file: string, warnings?: Issue[]) => void;
  chooseCohortJourney: (index: number) => void;
  /** An import failed: say so, change nothing else. */
  reportImportErrors: (file: string, errors: Issue[]) => void;
  dismissImportReport: () => void;
  openDemo: () => void;
};

const warningsReport = (file: string, warnings: Issue[]): ImportReport | null =>
  warnings.length > 0 ? { kind: 'warnings', file, warnings } : null;

export const createJourneySlice: StateCreator<JourneySlice, [], [], JourneySlice> = (set) => ({
  journey: DEMO_JOURNEY,
  source: { kind: 'demo' },
  cohort: null,
  importReport: null,
  openJourney: (journey, source, warnings = []) =>
    set({
      journey,
      source,
      cohort: null,
      importReport: source.kind === 'file' ? warningsReport(source.name, warnings) : null,
    }),
  openCohort: (cohort, file, warnings = []) =>
    set(
      cohort.journeys.length === 0
        ? {
            importReport: {
              kind: 'errors',
              file,
              errors: [{ path: 'journeys', code: 'tooShort', message: 'is empty', params: { min: 1 } }],
            },
          }
        : {
            journey: cohort.journeys[0],
            source: { kind: 'file', name: file },
            cohort: { file, journeys: cohort.journeys, index: 0 },
            importReport: warningsReport(file, warnings),
          },
    ),
  chooseCohortJourney: (index) =>
    set((s) =>
      s.cohort && s.cohort.journeys[index] ? { journey: s.cohort.journeys[index], cohort: { ...s.cohort, index } } : {},
    ),
  reportImportErrors: (file, errors) => set({ importReport: { kind: 'errors', file, errors } }),
  dismissImportReport: () => set({ importReport: null }),
  openDemo: () => set({ journey: DEMO_JOURNEY, source: { kind: 'demo' }, cohort: null, importReport: null }),
});
