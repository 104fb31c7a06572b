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
};

export type BackupInfo = { id: string; key: string; movedAt: string; reason: string; problems: Issue[] };

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; reason: 'quota' | 'error'; message: string };

export type Conflict = { key: string; theirs: Journey; theirRevision: number; theirTime: string };

export type LibrarySlice = {
  libraryStatus: 'loading' | 'ready' | 'unavailable';
  entries: LibraryEntry[];
  backups: BackupInfo[];
  /** Backups found at this start, to tell the person about. */
  newBackups: BackupInfo[];
  saveState: SaveState;
  /** The stored revision each journey was last read or written at. */
  revisions: Record<string, number>;
  conflict: Conflict | null;
  /** Another tab saved the journey that is open here. */
  changedElsewhere: { key: string; revision: number } | null;
  setLibrary: (patch: Partial<Omit<LibrarySlice, 'setLibrary' | 'upsertEntry' | 'removeEntry'>>) => void;
  upsertEntry: (entry: LibraryEntry) => void;
  removeEntry: (key: string) => void;
};

export const createLibrarySlice: StateCreator<LibrarySlice, [], [], LibrarySlice> = (set) => ({
  libraryStatus: 'loading',
  entries: [],
  backups: [],
  newBackups: [],
  saveState: { kind: 'idle' },
  revisions: {},
  conflict: null,
  changedElsewhere: null,
  setLibrary: (patch) => set(patch),
  upsertEntry: (entry) =>
    set((s) => ({
      entries: [entry, ...s.entries.filter((e) => e.key !== entry.key)].sort((a, b) =>
        a.updatedAt < b.updatedAt ? 1 : -1,
      ),
      revisions: { ...s.revisions, [entry.key]: entry.revision },
    })),
  removeEntry: (key) => set((s) => ({ entries: s.entries.filter((e) => e.key !== key) })),
});
