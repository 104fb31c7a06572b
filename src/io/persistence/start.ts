/**
 * Start: the library is read before anything is written, what the write-ahead copies hold is
 * saved (rule 5), then the open journey is saved on every change and when the page is hidden or
 * left, and other tabs are listened to. And the database lost while the app runs (rule 7), then
 * created again.
 */
import type { Journey } from '../../domain';
import { DEMO_JOURNEY } from '../../demo/demoJourney';
import { type AppState, useStore } from '../../store';
import { DEMO_KEY } from '../../store/journeySlice';
import { filesOnly } from '../../store/filesOnly';
import { warnBeforeUnload } from '../demoGuard';
import { judgeCopy } from '../recoveryPlan';
import { type Backup, JourneyStore, type LoadedJourney } from '../storage';
import {
  type AheadEntry,
  clearImportMark,
  onOnlyInTabChange,
  readAheadRaw,
  readImportMark,
  removeAhead,
  writeAhead,
} from '../writeAhead';
import { cancelScheduledSave, flush, retrySaving, scheduleSave } from './autosave';
import { onMessage } from './conflicts';
import { entryFor, newKey } from './entries';
import { keepPending, publishPending, showFailure, warnWhileOnlyInTab } from './pending';
import { type Message, lastSaved, nowIso, pending, shared, state, tabId } from './shared';

const CHANNEL = 'resan-library';

/** Opens a journey without making it an undoable step (used at start). */
function openQuietly(journey: Journey, key: string, source: AppState['source']) {
  const { pause: stop, resume } = useStore.temporal.getState();
  stop();
  state().openJourney(journey, key, source);
  resume();
}

/**
 * The importer is wanted the moment a file is chosen: it loads now, when nothing else does, and
 * reads a small journey once the page is idle (its checks compiled before the first file).
 */
function preloadImporter() {
  void import('../importFiles')
    .then((m) => {
      const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
      idle(() => void m.warmUp());
    })
    .catch(() => undefined);
}

export async function startPersistence(): Promise<void> {
  // Even without a library: the demo's edits are only on screen.
  window.addEventListener('beforeunload', warnBeforeUnload);
  window.addEventListener('beforeunload', warnWhileOnlyInTab);
  onOnlyInTabChange(publishPending);
  // Files only (issue 25, item 13): no library, no autosave, no write-ahead copy, no last-opened key.
  if (filesOnly()) {
    preloadImporter();
    return;
  }
  try {
    shared.storage = await JourneyStore.open(tabId, onLost);
  } catch {
    state().setLibrary({ libraryStatus: 'unavailable' });
    return;
  }
  try {
    await loadLibrary(shared.storage);
  } catch (e) {
    // Reading failed part-way: say so, as a failure to read; saving still reads before it writes (rule 4).
    showFailure('load', { ok: false, reason: 'error', message: String(e) });
  } finally {
    // Whatever happened, the library is no longer "Läser sparade resor…" (rule 3).
    if (state().libraryStatus === 'loading') state().setLibrary({ libraryStatus: 'ready' });
  }

  useStore.subscribe((s, prev) => {
    if (s.journey !== prev.journey || s.journeyKey !== prev.journeyKey) scheduleSave();
    // A journey of a cohort leaves no trace in storage, not even its key.
    if (s.journeyKey !== prev.journeyKey && s.source.kind !== 'cohort')
      void shared.storage?.setMeta('lastOpen', s.journeyKey);
  });
  if (typeof BroadcastChannel !== 'undefined') {
    shared.channel = new BroadcastChannel(CHANNEL);
    shared.channel.onmessage = (e: MessageEvent<Message>) => void onMessage(e.data);
  }
  preloadImporter();
  const flushNow = () => void flush();
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

async function loadLibrary(store: JourneyStore) {
  const { journeys, movedAside, notMoved } = await store.loadAll(nowIso());
  await ownKeyForDemoRecord(store, journeys);
  const backups = await store.backups().catch(() => []);
  // The built-in demo is saved only once it has been changed.
  lastSaved.set(DEMO_KEY, DEMO_JOURNEY);
  const revisions: Record<string, number> = {};
  for (const j of journeys) {
    revisions[j.key] = j.revision;
    lastSaved.set(j.key, j.journey);
  }
  state().setLibrary({
    entries: journeys.map((j) => entryFor(j.key, j.journey, j.revision, j.updatedAt)),
    revisions,
    backups: backups.map(({ data: _data, ...info }) => info),
    newBackups: movedAside.map(({ data: _data, ...info }) => info),
    notMoved,
  });
  const mark = readImportMark();
  if (mark) {
    const stored = new Set(journeys.map((j) => j.key));
    if (mark.keys.some((k) => !stored.has(k))) {
      state().setLibrary({ interruptedImport: { files: mark.files, count: mark.keys.length } });
    }
    clearImportMark();
  }
  await recover(store, journeys);
  const lastOpen = await store.getMeta<string>('lastOpen').catch(() => undefined);
  const waiting = lastOpen ? pending.get(lastOpen) : undefined;
  const open = journeys.find((j) => j.key === lastOpen) ?? journeys[0];
  if (waiting && lastOpen) openQuietly(waiting.journey, lastOpen, { kind: 'library' });
  else if (open) openQuietly(lastSaved.get(open.key) ?? open.journey, open.key, { kind: 'library' });
  state().setLibrary({ libraryStatus: 'ready' });
}

/**
 * The demo is never read from storage (issue 28, item 7): a journey stored under its key (by a
 * Resan before issue 12, or a forged write-ahead copy) is moved to a key of its own and listed
 * as the journey it is; if it cannot be moved it is left untouched and not read.
 */
async function ownKeyForDemoRecord(store: JourneyStore, journeys: LoadedJourney[]) {
  const at = journeys.findIndex((j) => j.key === DEMO_KEY);
  if (at < 0) return;
  const key = newKey();
  if ((await store.moveRecord(DEMO_KEY, key)).ok) journeys[at] = { ...journeys[at], key };
  else journeys.splice(at, 1);
}

/**
 * Saves what the write-ahead copies hold (changes a reload or a closed tab cut short). Each copy
 * is read as an import is first (recoveryPlan.ts): one that cannot be read, or that the app
 * never writes, is moved aside as a backup and said so; none is ever shown unread.
 */
async function recover(store: JourneyStore, journeys: LoadedJourney[]) {
  const recovered = { count: 0, asCopy: 0, otherJourney: 0 };
  const aside: Backup[] = [];
  const asideIds: string[] = [];
  const movedAt = nowIso();
  for (const { id, text } of readAheadRaw()) {
    const step = judgeCopy(id, text, (key) => journeys.find((j) => j.key === key), newKey);
    if (step.kind === 'same') removeAhead(id);
    if (step.kind === 'aside') {
      const { kind: _kind, id: _id, ...info } = step;
      aside.push({ ...info, id: `${step.key}@${movedAt}#${aside.length}`, movedAt, source: 'writeAhead' });
      asideIds.push(id);
    }
    if (step.kind !== 'save') continue;
    const loaded = await saveRecovered(store, step.entry, step.key, step.base);
    // Only what was saved is counted as saved; a failure shows on its own (saveRecovered).
    if (!loaded) continue;
    recovered.count++;
    if (step.asCopy === 'changedSince') recovered.asCopy++;
    if (step.asCopy === 'otherJourney') recovered.otherJourney++;
    const at = journeys.findIndex((j) => j.key === loaded.key);
    if (at >= 0) journeys[at] = loaded;
    else journeys.unshift(loaded);
  }
  if (recovered.count > 0) state().setLibrary({ recovered });
  if (aside.length === 0) return;
  const kept = await store.keepAside(aside);
  const infos = aside.map(({ data: _data, ...info }) => info);
  // Not kept (a full quota): the copies stay where they are, untouched, and are listed as such.
  if (!kept.ok) return state().setLibrary({ notMoved: [...state().notMoved, ...infos] });
  asideIds.forEach(removeAhead);
  state().setLibrary({ newBackups: [...state().newBackups, ...infos], backups: [...state().backups, ...infos] });
}

async function saveRecovered(
  store: JourneyStore,
  entry: AheadEntry,
  key: string,
  base: number,
): Promise<LoadedJourney | null> {
  const result = await store.save(key, entry.journey, base, nowIso());
  if (result.ok) {
    removeAhead(entry.id);
    lastSaved.set(key, entry.journey);
    shared.lastSavedAt = result.updatedAt;
    state().upsertEntry(entryFor(key, entry.journey, result.revision, result.updatedAt));
    state().setLibrary({ saveState: { kind: 'saved', at: result.updatedAt } });
    return { key, journey: entry.journey, revision: result.revision, updatedAt: result.updatedAt };
  }
  // Still on screen: this tab takes the copy over and shows why it is not saved.
  keepPending(key, entry.journey, base);
  removeAhead(entry.id);
  if (result.reason !== 'conflict') showFailure('save', result);
  return null;
}

/** The database went away while the app ran (rule 7): nothing on screen counts as saved. */
function onLost() {
  cancelScheduledSave();
  lastSaved.clear();
  const { journey, journeyKey, source } = state();
  if (source.kind !== 'demo') writeAhead(tabId, journeyKey, 0, journey);
  for (const [key, p] of pending) pending.set(key, { ...p, base: 0 });
  state().setLibrary({ libraryStatus: 'lost', saveState: { kind: 'idle' }, entries: [], revisions: {} });
}

/** After the database was deleted: create it again and save what is on screen and waiting. */
export async function saveAgainAfterLoss() {
  try {
    shared.storage = await JourneyStore.open(tabId, onLost);
  } catch (e) {
    showFailure('save', { ok: false, reason: 'error', message: String(e) });
    return;
  }
  state().setLibrary({ libraryStatus: 'ready', revisions: {} });
  lastSaved.set(DEMO_KEY, DEMO_JOURNEY);
  // A reload opens the journey on screen again, as it would have before the loss.
  void shared.storage.setMeta('lastOpen', state().journeyKey);
  await retrySaving();
}
