/**
 * Two tabs: what another tab saved or deleted shows in the library, and the open journey saved
 * elsewhere is never overwritten unasked (the person keeps theirs, takes the other, or keeps
 * both).
 */
import { flush } from './autosave';
import { entryFor, newKey } from './entries';
import { donePending, rememberLoaded } from './pending';
import { type Message, pending, shared, state, tabId } from './shared';

/** A message from another tab (start.ts listens for them). */
export async function onMessage(message: Message) {
  if (!shared.storage || message.tab === tabId) return;
  if (message.type === 'deleted') {
    if (!pending.has(message.key)) state().removeEntry(message.key);
    return;
  }
  const loaded = await shared.storage.get(message.key);
  if (!loaded) return;
  // The revision our own edits are based on stays as it was: saving over the other
  // tab's version must be a choice, not an accident.
  const base = state().revisions[loaded.key] ?? 0;
  if (!pending.has(loaded.key))
    state().upsertEntry(entryFor(loaded.key, loaded.journey, loaded.revision, loaded.updatedAt));
  state().setLibrary({ revisions: { ...state().revisions, [loaded.key]: base } });
  if (loaded.key === state().journeyKey) {
    state().setLibrary({ changedElsewhere: { key: loaded.key, revision: loaded.revision } });
  }
}

/** Keep what is on screen and overwrite the other tab's save. */
export async function keepMine() {
  state().setLibrary({ conflict: null, changedElsewhere: null });
  await flush(true);
}

/** Take the version saved elsewhere (undoable: mine stays in the history). */
export async function takeTheirs() {
  const { conflict, changedElsewhere, journeyKey } = state();
  const key = conflict?.key ?? changedElsewhere?.key ?? journeyKey;
  const loaded = await shared.storage?.get(key);
  state().setLibrary({ conflict: null, changedElsewhere: null });
  if (!loaded) return;
  rememberLoaded(loaded);
  donePending(key);
  state().openJourney(loaded.journey, key, { kind: 'library' });
}

/** Keep mine as a new journey beside the other tab's. */
export async function saveMineAsCopy() {
  const { journey } = state();
  state().setLibrary({ conflict: null, changedElsewhere: null });
  state().openJourney(journey, newKey(), { kind: 'new' });
}

export function dismissChangedElsewhere() {
  state().setLibrary({ changedElsewhere: null });
}
