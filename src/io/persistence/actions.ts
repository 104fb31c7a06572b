/**
 * What the person does with the library: open a journey (the open one is saved first, and one
 * that could not be saved stays waiting), start a new one, save the demo as one, duplicate,
 * rename and delete.
 */
import { type Journey, type ParticipantDetails, emptyJourney, withParticipant } from '../../domain';
import { DEMO_JOURNEY } from '../../demo/demoJourney';
import type { AppState } from '../../store';
import { DEMO_KEY } from '../../store/journeySlice';
import { mayLeaveDemo } from '../demoGuard';
import { cancelScheduledSave, flush } from './autosave';
import { newKey } from './entries';
import { donePending, keepPending, onSaved, rememberLoaded, showFailure } from './pending';
import { type Message, lastSaved, nowIso, pending, shared, state, tabId } from './shared';

export async function openFromLibrary(key: string) {
  if (!(await mayLeaveDemo())) return;
  // A failed save keeps the journey in `pending`: opening another one loses nothing.
  await flush();
  if (key === DEMO_KEY && !state().entries.some((e) => e.key === DEMO_KEY)) {
    state().openJourney(pending.get(DEMO_KEY)?.journey ?? DEMO_JOURNEY, DEMO_KEY, { kind: 'demo' });
    return;
  }
  const waiting = pending.get(key);
  if (waiting) {
    state().openJourney(waiting.journey, key, { kind: 'library' });
    return;
  }
  const loaded = await shared.storage?.get(key);
  if (!loaded) return;
  rememberLoaded(loaded);
  state().openJourney(loaded.journey, key, { kind: 'library' });
}

/** Opens a journey that is not saved until it is changed (a journey of a cohort). */
export async function openUnsaved(journey: Journey, key: string, source: AppState['source']) {
  if (!(await mayLeaveDemo())) return;
  await flush();
  lastSaved.set(key, journey);
  state().openJourney(journey, key, source);
}

export async function openDemo() {
  await openFromLibrary(DEMO_KEY);
}

/** A new, empty journey with the participant's details, saved at once (one undoable step). */
export async function createJourney(details: ParticipantDetails): Promise<boolean> {
  if (!(await mayLeaveDemo())) return false;
  await flush();
  const key = newKey();
  state().openJourney(withParticipant(emptyJourney(key, details.participant.ref), details), key, { kind: 'new' });
  return true;
}

/** "Spara som ny resa": the demo, as it is on screen, becomes a journey of the library. */
export function saveDemoAsNew() {
  const { journey, source } = state();
  if (source.kind !== 'demo') return;
  const key = newKey();
  state().openJourney({ ...journey, id: key }, key, { kind: 'new' });
}

/** "Spara en kopia under Resor": a journey of a cohort, as it is on screen, becomes a journey of the library. */
export function saveCohortCopy() {
  const { journey, source } = state();
  if (source.kind !== 'cohort') return;
  const key = newKey();
  state().openJourney({ ...journey, id: key }, key, { kind: 'new' });
}

async function current(key: string): Promise<{ journey: Journey; base: number } | null> {
  if (key === state().journeyKey) return { journey: state().journey, base: state().revisions[key] ?? 0 };
  const waiting = pending.get(key);
  if (waiting) return waiting;
  const loaded = await shared.storage?.get(key).catch(() => null);
  return loaded ? { journey: loaded.journey, base: loaded.revision } : null;
}

export async function duplicateJourney(key: string, suffix: string) {
  await flush();
  const source = (await current(key))?.journey;
  if (!source || !shared.storage) return;
  const copyKey = newKey();
  const copy: Journey = {
    ...structuredClone(source),
    participant: { ...source.participant, ref: `${source.participant.ref} ${suffix}` },
  };
  const result = await shared.storage.save(copyKey, copy, 0, nowIso());
  if (result.ok) onSaved(copyKey, copy, result.revision, result.updatedAt);
  else if (result.reason !== 'conflict') {
    keepPending(copyKey, copy, 0);
    showFailure('copy', result);
  }
}

/** Renames a journey; one that is not open is saved at once, or kept waiting with the reason shown. */
export async function renameJourney(key: string, ref: string, name: string | undefined) {
  const rename = (j: Journey): Journey => {
    const participant = { ...j.participant, ref };
    if (name) participant.name = name;
    else delete participant.name;
    return { ...j, participant };
  };
  if (key === state().journeyKey) {
    state().editJourney(rename);
    return;
  }
  const found = await current(key);
  if (!found || !shared.storage) {
    showFailure('rename', { ok: false, reason: 'unreadable', stored: 'damagedRecord', key });
    return;
  }
  const next = rename(found.journey);
  const result = await shared.storage.save(key, next, found.base, nowIso());
  if (result.ok) onSaved(key, next, result.revision, result.updatedAt);
  else if (result.reason === 'conflict') {
    // Another tab saved it meanwhile: rename what it saved.
    const again = await shared.storage.save(key, rename(result.theirs.journey), result.theirs.revision, nowIso());
    if (again.ok) onSaved(key, rename(result.theirs.journey), again.revision, again.updatedAt);
    else if (again.reason !== 'conflict') showFailure('rename', again);
  } else {
    keepPending(key, next, found.base);
    showFailure('rename', result);
  }
}

/** Deletes a journey from the library (the UI has asked for confirmation). */
export async function deleteJourney(key: string) {
  if (key === state().journeyKey) cancelScheduledSave();
  const result = await shared.storage?.delete(key);
  if (result && !result.ok) {
    showFailure('delete', result);
    return;
  }
  donePending(key);
  lastSaved.delete(key);
  state().removeEntry(key);
  shared.channel?.postMessage({ type: 'deleted', key, revision: 0, tab: tabId } satisfies Message);
  if (key === state().journeyKey) {
    const next = state().entries[0];
    if (next) await openFromLibrary(next.key);
    else {
      lastSaved.set(DEMO_KEY, DEMO_JOURNEY);
      state().openJourney(DEMO_JOURNEY, DEMO_KEY, { kind: 'demo' });
    }
  }
}
