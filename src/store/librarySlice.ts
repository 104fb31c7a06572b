/** The journeys kept in this browser, and how saving goes. */
import type { StateCreator } from 'zustand';
import type { Issue, Journey } from '../domain';

export type LibraryEntry = {
  key: string;
  ref: string;
  name?: string;
  updatedAt: string;
  revision: number;
  gapDays: number;
  greyZoneDays: number;
  supportedUntil: string | null;
  /** Only in this tab: a save failed and it waits for "Försök spara igen". */
  unsaved?: boolean;
};

export type BackupInfo = {
  id: string;
  key: string;
  movedAt: string;
  reason: string;
  problems: Issue[];
  /** Found in a write-ahead copy (localStorage) rather than in the library. */
  source?: 'writeAhead';
  /** The participant reference, when the data reads as a journey. */
  ref?: string;
};

/** What the person did that could not be saved; `load`: reading the library at start failed part-way. */
export type SaveAction = 'save' | 'import' | 'rename' | 'delete' | 'copy' | 'load';

export type SaveError =
  | { kind: 'error'; action: SaveAction; reason: 'quota' | 'error' | 'closed' | 'exists'; message: string }
  | { kind: 'error'; action: SaveAction; reason: 'invalid'; problems: Issue[] }
  | { kind: 'error'; action: SaveAction; reason: 'unreadable'; stored: string; key: string };

export type SaveState =
  { kind: 'idle' } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'saved'; at: string } | SaveError;

export type Conflict = { key: string; theirs: Journey; theirRevision: number; theirTime: string };

export type ImportProgress = { stage: 'saving' | 'summarising'; done: number; total: number };

export type LibraryNotices = {
  /**
   * Changes recovered from the write-ahead copy at this start; `asCopy` of them as new journeys
   * because the stored one was saved since, `otherJourney` because the copy was another journey
   * (another id) than the one stored under its key.
   */
  recovered: { count: number; asCopy: number; otherJourney: number } | null;
  /** An import that a reload interrupted before it was saved. */
  interruptedImport: { files: string[]; count: number } | null;
  /** Journeys of the last import that were already in the library. */
  duplicates: { skipped: number; keptBoth: number } | null;
};

export type LibrarySlice = LibraryNotices & {
  /**
   * `lost`: the database was deleted or closed while the app ran; `filesOnly`: none is opened,
   * journeys are kept in files only (src/store/filesOnly.ts).
   */
  libraryStatus: 'loading' | 'ready' | 'unavailable' | 'lost' | 'filesOnly';
  entries: LibraryEntry[];
  backups: BackupInfo[];
  /** Backups found at this start, to tell the person about. */
  newBackups: BackupInfo[];
  /** Unreadable records that could not be moved aside (left untouched). */
  notMoved: BackupInfo[];
  saveState: SaveState;
  /**
   * Journeys whose latest version is not saved (a save failed); `onlyHere` when it could not be
   * copied aside either (localStorage full too): then it exists only in this tab.
   */
  pending: { key: string; ref: string; onlyHere?: boolean }[];
  importProgress: ImportProgress | null;
  /** The stored revision each journey was last read or written at. */
  revisions: Record<string, number>;
  conflict: Conflict | null;
  /** Another tab saved the journey that is open here. */
  changedElsewhere: { key: string; revision: number } | null;
  setLibrary: (patch: Partial<Omit<LibrarySlice, 'setLibrary' | 'upsertEntry' | 'removeEntry'>>) => void;
  upsertEntry: (entry: LibraryEntry) => void;
  removeEntry: (key: string) => void;
};

const byUpdated = (a: LibraryEntry, b: LibraryEntry) => (a.updatedAt < b.updatedAt ? 1 : -1);

export const createLibrarySlice: StateCreator<LibrarySlice, [], [], LibrarySlice> = (set) => ({
  libraryStatus: 'loading',
  entries: [],
  backups: [],
  newBackups: [],
  notMoved: [],
  saveState: { kind: 'idle' },
  pending: [],
  importProgress: null,
  recovered: null,
  interruptedImport: null,
  duplicates: null,
  revisions: {},
  conflict: null,
  changedElsewhere: null,
  setLibrary: (patch) => set(patch),
  upsertEntry: (entry) =>
    set((s) => ({
      entries: [entry, ...s.entries.filter((e) => e.key !== entry.key)].sort(byUpdated),
      revisions: entry.unsaved ? s.revisions : { ...s.revisions, [entry.key]: entry.revision },
    })),
  removeEntry: (key) => set((s) => ({ entries: s.entries.filter((e) => e.key !== key) })),
});
