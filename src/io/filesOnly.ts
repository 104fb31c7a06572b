/**
 * Files-only mode in the page (src/store/filesOnly.ts has the state and its rules): which file
 * copy the journey on screen matches, the browser's "leave page?" question while it matches
 * none, saving to a file (a download), and switching the mode (kept in the settings, then the
 * page starts again in it).
 */
import type { Journey } from '../domain';
import { useStore } from '../store';
import {
  type StorageMode,
  copyOnOpen,
  filesOnly,
  markSavedToFile,
  unsavedInFiles,
  useFilesOnly,
} from '../store/filesOnly';
import { download } from './download';

/** The journey on screen is in no file as it is (files-only mode only). */
export function unsavedNow(): boolean {
  if (!filesOnly()) return false;
  return unsavedInFiles(useStore.getState(), useFilesOnly.getState().copy);
}

/** The browser asks before a reload or close while the journey on screen is in no file as it is. */
export function warnUnsavedInFiles(event: BeforeUnloadEvent) {
  if (!unsavedNow()) return;
  event.preventDefault();
  // Older browsers show the question only when returnValue is set.
  event.returnValue = '';
}

/** In files-only mode: follows which file copy the journey on screen is, and asks before leaving. */
export function startFilesOnly() {
  if (!filesOnly()) return;
  useStore.getState().setLibrary({ libraryStatus: 'filesOnly' });
  useFilesOnly.setState({ copy: copyOnOpen(useStore.getState()) });
  useStore.subscribe((s, prev) => {
    if (s.journeyKey !== prev.journeyKey) useFilesOnly.setState({ copy: copyOnOpen(s) });
  });
  window.addEventListener('beforeunload', warnUnsavedInFiles);
}

/** Writes the journey to a file (a download) and marks it saved once the download has started. */
export async function saveToFile(journey: Journey, journeyKey: string, json: string, fileName: string) {
  await download(json, fileName, 'application/json');
  markSavedToFile(journeyKey, journey, new Date().toISOString());
}

/**
 * Keeps the person's choice (settings.ts writes it) and starts the page again in that mode; the
 * open journey's last change is saved first when it is kept in the browser.
 */
export async function switchMode(mode: StorageMode, flush: () => Promise<void>) {
  if (!filesOnly()) await flush().catch(() => undefined);
  useFilesOnly.setState({ chosen: mode });
  location.reload();
}
