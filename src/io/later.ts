/**
 * The doors to code the first screen does not need (issue #11): the journey library
 * (storage, the validating importer with zod, IndexedDB), file import, and the exports
 * (JSON, and CSV with papaparse). Each function here has the same name and
 * arguments as the one it stands for; it loads its module on first use (one network
 * request, then cached) and returns a promise.
 *
 * Import these, not `./persistence` (or its parts), `./importFiles`, or `./exportJourney`,
 * from anything the first screen loads (the UI, the timeline, the cohort navigation):
 * a static import would put the whole library and zod back on the first screen. A lint
 * rule (eslint.config.js) holds this outside src/io.
 */
import { loadMessages } from '../i18n';
import type * as Persistence from './persistence';
import type * as Importing from './importFiles';
import type * as Exporting from './exportJourney';

type Fn = (...args: never[]) => unknown;
type FunctionsOf<M> = { [K in keyof M as M[K] extends Fn ? K : never]: M[K] };

/** A stand-in for `name` of the module `load` brings: the same call, always a promise. */
function door<M>(load: () => Promise<M>) {
  return <K extends keyof FunctionsOf<M>>(name: K) =>
    async (
      ...args: Parameters<Extract<FunctionsOf<M>[K], Fn>>
    ): Promise<Awaited<ReturnType<Extract<FunctionsOf<M>[K], Fn>>>> => {
      const m = (await load()) as Record<K, (...a: unknown[]) => unknown>;
      return (await m[name](...args)) as Awaited<ReturnType<Extract<FunctionsOf<M>[K], Fn>>>;
    };
}

// The library and the importer come with the messages of opening files and their problems (issue #26).
const persistence = door<typeof Persistence>(() =>
  Promise.all([import('./persistence'), loadMessages('issues')]).then(([m]) => m),
);
const importing = door<typeof Importing>(() =>
  Promise.all([import('./importFiles'), loadMessages('issues')]).then(([m]) => m),
);
const exporting = door<typeof Exporting>(() => import('./exportJourney'));

/** Loads the library module now (for the first idle moment after the first paint). */
export const preloadLibrary = () => import('./persistence').then(() => undefined);

const start = persistence('startPersistence');
let started: Promise<void> | null = null;
/** Loads the library and reads what it holds (once; main.tsx calls it after the first paint). */
export const startPersistence = () => (started ??= start());
export const saveAgainAfterLoss = persistence('saveAgainAfterLoss');
export const flush = persistence('flush');
export const retrySaving = persistence('retrySaving');
export const openFromLibrary = persistence('openFromLibrary');
export const openUnsaved = persistence('openUnsaved');
export const openDemo = persistence('openDemo');
export const createJourney = persistence('createJourney');
export const saveDemoAsNew = persistence('saveDemoAsNew');
export const saveCohortCopy = persistence('saveCohortCopy');
export const duplicateJourney = persistence('duplicateJourney');
export const renameJourney = persistence('renameJourney');
export const deleteJourney = persistence('deleteJourney');
const add = persistence('addImported');
/** Imported journeys are saved: a file opened while the library is still being read waits for it. */
export const addImported: typeof add = async (outcome) => {
  await started;
  return add(outcome);
};
export const keepMine = persistence('keepMine');
export const takeTheirs = persistence('takeTheirs');
export const saveMineAsCopy = persistence('saveMineAsCopy');
export const dismissChangedElsewhere = persistence('dismissChangedElsewhere');
export const downloadBackup = persistence('downloadBackup');
export const acknowledgeBackups = persistence('acknowledgeBackups');
export const dismissLibraryNotices = persistence('dismissLibraryNotices');

export const importFiles = importing('importFiles');

export const journeyJson = exporting('journeyJson');
export const journeyFileName = exporting('journeyFileName');
export const findingsCsv = exporting('findingsCsv');
export const findingsFileName = exporting('findingsFileName');
/** A file name without a personnummer (fileName.ts), for the first screen's buttons. */
export const safeFileName = exporting('safeFileName');
