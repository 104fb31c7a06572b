/**
 * What waits to be saved, what is known saved, and the failure on screen. A journey that could
 * not be saved stays in `pending` until it is (the first rule in index.ts, the README's rule 4), copied aside
 * synchronously (writeAhead.ts, rule 5) and shown in the library as "inte sparad".
 */
import type { Journey } from '../../domain';
import type { SaveAction } from '../../store/librarySlice';
import type { Failure, LoadedJourney } from '../storage';
import { clearAhead, onlyInTab, writeAhead } from '../writeAhead';
import { entryFor, unsavedEntry } from './entries';
import { type Message, lastSaved, pending, shared, state, tabId } from './shared';

export function publishPending() {
  const onlyHere = new Set(onlyInTab(tabId));
  state().setLibrary({
    pending: [...pending].map(([key, p]) => ({ key, ref: p.journey.participant.ref, onlyHere: onlyHere.has(key) })),
  });
}

/**
 * The browser asks before a reload or close while a change is neither saved nor copied aside
 * (both storages refused it): it exists only in this tab (issue 25, item 9).
 */
export function warnWhileOnlyInTab(event: BeforeUnloadEvent) {
  if (onlyInTab(tabId).length === 0) return;
  event.preventDefault();
  // Older browsers show the question only when returnValue is set.
  event.returnValue = '';
}

export function keepPending(key: string, journey: Journey, base: number, entry = true) {
  pending.set(key, { journey, base });
  writeAhead(tabId, key, base, journey);
  if (entry) state().upsertEntry(unsavedEntry(key, journey, base));
  publishPending();
}

export function donePending(key: string, journey?: Journey) {
  clearAhead(tabId, key, journey);
  if (pending.delete(key)) publishPending();
}

export function showFailure(action: SaveAction, result: Failure) {
  const saveState =
    result.reason === 'invalid'
      ? ({ kind: 'error', action, reason: 'invalid', problems: result.problems } as const)
      : result.reason === 'unreadable'
        ? ({ kind: 'error', action, reason: 'unreadable', stored: result.stored, key: result.key } as const)
        : result.reason === 'exists'
          ? ({ kind: 'error', action, reason: 'exists', message: result.key } as const)
          : ({ kind: 'error', action, reason: result.reason, message: result.message } as const);
  state().setLibrary({ saveState });
}

export function onSaved(key: string, journey: Journey, revision: number, updatedAt: string) {
  lastSaved.set(key, journey);
  donePending(key, journey);
  state().upsertEntry(entryFor(key, journey, revision, updatedAt));
  shared.channel?.postMessage({ type: 'saved', key, revision, tab: tabId } satisfies Message);
}

export function rememberLoaded(loaded: LoadedJourney) {
  lastSaved.set(loaded.key, loaded.journey);
  state().setLibrary({ revisions: { ...state().revisions, [loaded.key]: loaded.revision } });
}
