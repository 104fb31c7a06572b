/**
 * Saving the open journey: each change is copied aside at once (rule 5) and saved SAVE_DELAY_MS
 * later, or at once by flush() (the page hidden or left, another journey opened); "Försök spara
 * igen" saves it and every journey that waits.
 */
import { writeAhead } from '../writeAhead';
import { newKey } from './entries';
import { donePending, keepPending, onSaved, showFailure } from './pending';
import { lastSaved, nowIso, pending, shared, state, tabId } from './shared';

export const SAVE_DELAY_MS = 300;

export function cancelScheduledSave() {
  if (shared.timer) {
    clearTimeout(shared.timer);
    shared.timer = null;
  }
}

export function scheduleSave() {
  const { journey, journeyKey, saveState, libraryStatus, revisions, source } = state();
  // The built-in demo is never saved: its edits stay on screen until "Spara som ny resa". Nor is
  // a journey of a cohort, not even as a write-ahead copy: only a copy the person asks for is.
  if (source.kind === 'demo' || source.kind === 'cohort') return;
  if (libraryStatus === 'loading' || libraryStatus === 'unavailable' || libraryStatus === 'filesOnly') return;
  // Opened by an import whose save is under way: that save covers it.
  const { importingFirst } = shared;
  if (importingFirst?.key === journeyKey && importingFirst.journey === journey) return;
  if (lastSaved.get(journeyKey) !== journey) {
    // Synchronous, before anything else can happen (rule 5). An edit made while its import is
    // being saved is based on the revision that import writes (1).
    const importBase = importingFirst?.key === journeyKey ? 1 : 0;
    writeAhead(tabId, journeyKey, pending.get(journeyKey)?.base ?? revisions[journeyKey] ?? importBase, journey);
    if (saveState.kind !== 'error' && libraryStatus === 'ready') state().setLibrary({ saveState: { kind: 'pending' } });
  }
  if (libraryStatus !== 'ready' || shared.timer) return;
  shared.timer = setTimeout(() => {
    shared.timer = null;
    void flush();
  }, SAVE_DELAY_MS);
}

/** Saves the open journey now if it changed since it was last saved. */
export async function flush(force = false): Promise<void> {
  cancelScheduledSave();
  if (shared.saving) await shared.saving;
  const { journey, journeyKey, revisions, libraryStatus, source } = state();
  if (!shared.storage || libraryStatus !== 'ready' || source.kind === 'demo' || source.kind === 'cohort') return;
  if (!force && lastSaved.get(journeyKey) === journey) {
    // Back to what is saved (an undo, say): nothing is waiting any more.
    if (pending.has(journeyKey)) donePending(journeyKey);
    if (state().saveState.kind === 'pending') {
      const { lastSavedAt } = shared;
      state().setLibrary({ saveState: lastSavedAt ? { kind: 'saved', at: lastSavedAt } : { kind: 'idle' } });
    }
    return;
  }
  if (state().conflict && !force) return;
  const store = shared.storage;
  const base = pending.get(journeyKey)?.base ?? revisions[journeyKey] ?? 0;
  shared.saving = (async () => {
    state().setLibrary({ saveState: { kind: 'saving' } });
    const result = await store.save(journeyKey, journey, base, nowIso(), { force });
    if (result.ok) {
      shared.lastSavedAt = result.updatedAt;
      onSaved(journeyKey, journey, result.revision, result.updatedAt);
      state().setLibrary({ saveState: { kind: 'saved', at: result.updatedAt }, changedElsewhere: null });
    } else if (result.reason === 'conflict') {
      state().setLibrary({
        saveState: { kind: 'idle' },
        conflict: {
          key: journeyKey,
          theirs: result.theirs.journey,
          theirRevision: result.theirs.revision,
          theirTime: result.theirs.updatedAt,
        },
      });
    } else {
      keepPending(journeyKey, journey, base);
      showFailure('save', result);
    }
  })();
  await shared.saving;
  shared.saving = null;
  // A change made while saving is saved next.
  if (state().journey !== journey && state().journeyKey === journeyKey) scheduleSave();
}

/** "Försök spara igen": the open journey and every other one that waits, each on its own. */
export async function retrySaving() {
  // The failure shown is what this retry answers: it shows again if it happens again.
  if (state().saveState.kind === 'error') state().setLibrary({ saveState: { kind: 'idle' } });
  await flush();
  if (state().saveState.kind === 'error' || !shared.storage) return;
  for (const [key, p] of [...pending]) {
    if (key === state().journeyKey) continue;
    const result = await shared.storage.save(key, p.journey, p.base, nowIso());
    if (result.ok) onSaved(key, p.journey, result.revision, result.updatedAt);
    else if (result.reason === 'conflict') {
      // Saved elsewhere meanwhile: this version is kept beside it, not over it.
      const copyKey = newKey();
      const copy = await shared.storage.save(copyKey, p.journey, 0, nowIso());
      if (!copy.ok) return copy.reason === 'conflict' ? undefined : showFailure('save', copy);
      donePending(key);
      state().removeEntry(key);
      onSaved(copyKey, p.journey, copy.revision, copy.updatedAt);
    } else return showFailure('save', result);
  }
  if (state().saveState.kind !== 'saved') {
    const { lastSavedAt } = shared;
    state().setLibrary({ saveState: lastSavedAt ? { kind: 'saved', at: lastSavedAt } : { kind: 'idle' } });
  }
}
