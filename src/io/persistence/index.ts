/**
 * Keeps the store and the browser's library in step: loads the library at start (never
 * writing before that load has finished), saves every change of the open journey
 * (throttled, flushed when the page is hidden or left), tells other tabs, and notices
 * when another tab saved the same journey.
 *
 * The rules of storage.ts hold here too, and two more:
 * - Every failure to save is on screen until it is resolved: a journey that could not be
 *   saved stays in `pending` (and in the library marked "inte sparad"), is never dropped
 *   by opening another journey, and "Försök spara igen" saves every one of them.
 * - A change is never only in memory when the page goes away (rule 5): each unsaved change
 *   is copied synchronously to a write-ahead copy (writeAhead.ts) and saved at next start.
 *
 * This file is the public face (src/io/later.ts loads it on first use); the work is split
 * by concern, each part importing only those below it (no cycles):
 * - start.ts: startup, reading the library, recovering the write-ahead copies, the database
 *   lost and created again (rules 5 and 7)
 * - conflicts.ts: two tabs (messages between them, keep mine, take theirs, keep both)
 * - actions.ts: open, new, save the demo as new, duplicate, rename, delete
 * - imports.ts: imported journeys saved in one transaction after the first paint (rule 6)
 * - notices.ts: the library's notices (backups, recovered, interrupted, duplicates)
 * - autosave.ts: saving the open journey (scheduled, flushed, tried again)
 * - pending.ts: what waits to be saved, what is saved, the failure shown
 * - entries.ts: new keys and the library's figures of a journey
 * - shared.ts: the state they share (the open library, the save under way, ...)
 */
export { entryFor, newKey } from './entries';
export { SAVE_DELAY_MS, flush, retrySaving } from './autosave';
export { saveAgainAfterLoss, startPersistence } from './start';
export {
  createJourney,
  deleteJourney,
  duplicateJourney,
  openDemo,
  openFromLibrary,
  openUnsaved,
  renameJourney,
  saveCohortCopy,
  saveDemoAsNew,
} from './actions';
export { addImported } from './imports';
export { dismissChangedElsewhere, keepMine, saveMineAsCopy, takeTheirs } from './conflicts';
export { acknowledgeBackups, dismissLibraryNotices, downloadBackup } from './notices';
