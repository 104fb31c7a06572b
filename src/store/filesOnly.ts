/**
 * "Bara filer" / "files only" (issue 25, item 13): journeys are kept only in files the person
 * opens and saves; nothing of them goes into the browser's storage (no library, no autosave, no
 * write-ahead copy, no last-opened key, no per-journey settings). Chosen by default when the page
 * is a file on the disk (file://), where Chromium gives every local HTML file one shared storage;
 * the person's explicit choice, kept with the other settings (src/io/settings.ts), wins.
 *
 * Here: the mode, whether the journey on screen is as in a file, and the rules for both (pure
 * functions, unit-tested). src/io/filesOnly.ts does what touches the page (leaving it, saving).
 */
import { create } from 'zustand';
import type { Journey } from '../domain';
import type { JourneySource } from './journeySlice';

export const STORAGE_MODES = ['browser', 'files'] as const;
export type StorageMode = (typeof STORAGE_MODES)[number];

export const isStorageMode = (v: unknown): v is StorageMode => (STORAGE_MODES as readonly unknown[]).includes(v);

/** The mode a start uses: the one the person chose, else files only for a page opened from the disk. */
export function startMode(protocol: string, chosen: StorageMode | undefined): StorageMode {
  return chosen ?? (protocol === 'file:' ? 'files' : 'browser');
}

/** The journey as it is in a file: opened from one, or saved to one (`savedAt`). */
export type FileCopy = { key: string; journey: Journey; savedAt: string | null };

type Shown = { journey: Journey; journeyKey: string; source: JourneySource };

/**
 * What a journey that has just opened is as to files: a file's, a cohort's (read from files) and
 * the built-in demo are as they came; a new journey (and one of the library) is in no file yet.
 */
export function copyOnOpen(s: Shown): FileCopy | null {
  const k = s.source.kind;
  return k === 'file' || k === 'cohort' || k === 'demo'
    ? { key: s.journeyKey, journey: s.journey, savedAt: null }
    : null;
}

/** The journey on screen differs from every file it is in (or is in none): "Ej sparad". */
export function unsavedInFiles(s: Pick<Shown, 'journey' | 'journeyKey'>, copy: FileCopy | null): boolean {
  return !copy || copy.key !== s.journeyKey || copy.journey !== s.journey;
}

export type FilesOnlyState = {
  mode: StorageMode;
  /** The mode the person chose in the settings (undefined: the default for where the page is). */
  chosen: StorageMode | undefined;
  /** The page is a file on the disk (file://). */
  fromDisk: boolean;
  /** The journey on screen as it is in a file, or null when it is in none. */
  copy: FileCopy | null;
};

export const useFilesOnly = create<FilesOnlyState>()(() => ({
  mode: 'browser',
  chosen: undefined,
  fromDisk: false,
  copy: null,
}));

/** True in files-only mode: nothing of a journey may be written to the browser's storage. */
export const filesOnly = () => useFilesOnly.getState().mode === 'files';

/** Sets the mode at start, from where the page is and what the person chose. */
export function applyStartMode(protocol: string, chosen: StorageMode | undefined) {
  useFilesOnly.setState({ mode: startMode(protocol, chosen), chosen, fromDisk: protocol === 'file:' });
}

/** The journey now on screen was written to a file at `at`. */
export function markSavedToFile(journeyKey: string, journey: Journey, at: string) {
  useFilesOnly.setState({ copy: { key: journeyKey, journey, savedAt: at } });
}
