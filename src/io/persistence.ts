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
 */
import { type Journey, type ParticipantDetails, analyzeJourney, emptyJourney, withParticipant } from '../domain';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { todayIso } from '../i18n/format';
import { type AppState, useStore } from '../store';
import { DEMO_KEY, type ImportReport } from '../store/journeySlice';
import { mayLeaveDemo, warnBeforeUnload } from './demoGuard';
import type { LibraryEntry, SaveAction } from '../store/librarySlice';
import { download, safeFileName } from './download';
import type { ImportOutcome } from './importFiles';
import { whenInputQuiet } from './inputQuiet';
import { type Failure, JourneyStore, type LoadedJourney } from './storage';
import {
  type AheadEntry,
  clearAhead,
  clearImportMark,
  markImport,
  readAhead,
  readImportMark,
  removeAhead,
  writeAhead,
} from './writeAhead';

export const SAVE_DELAY_MS = 300;
const CHANNEL = 'resan-library';
/** Library figures are computed this many journeys at a time, with the progress shown between. */
const SUMMARY_CHUNK = 100;

type Message = { type: 'saved' | 'deleted'; key: string; revision: number; tab: string };

const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
let storage: JourneyStore | null = null;
let channel: BroadcastChannel | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;
/** The first journey of an import while its one transaction is under way (addImported). */
let importingFirst: { key: string; journey: Journey } | null = null;
/** The journey object last written (or read) per key: nothing to save while it is the same. */
const lastSaved = new Map<string, Journey>();
let lastSavedAt: string | null = null;
/** Journeys whose latest version exists only in this tab, with the revision they are based on. */
const pending = new Map<string, { journey: Journey; base: number }>();

const state = () => useStore.getState();
const nowIso = () => new Date().toISOString();
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function newKey(): string {
  return `j-${typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : Date.now().toString(36)}`;
}

export function entryFor(key: string, journey: Journey, revision: number, updatedAt: string): LibraryEntry {
  const analysis = analyzeJourney(journey, { asOf: journey.asOf ?? todayIso() });
  return {
    key,
    ref: journey.participant.ref,
    name: journey.participant.name,
    updatedAt,
    revision,
    gapDays: analysis.totals.gapDays,
    greyZoneDays: analysis.totals.greyZoneDays,
    supportedUntil: analysis.totals.supportedUntil,
  };
}

function unsavedEntry(key: string, journey: Journey, base: number): LibraryEntry {
  return { ...entryFor(key, journey, base, nowIso()), unsaved: true };
}

// --- what waits to be saved -------------------------------------------------------------

function publishPending() {
  state().setLibrary({ pending: [...pending].map(([key, p]) => ({ key, ref: p.journey.participant.ref })) });
}

function keepPending(key: string, journey: Journey, base: number, entry = true) {
  pending.set(key, { journey, base });
  writeAhead(tabId, key, base, journey);
  if (entry) state().upsertEntry(unsavedEntry(key, journey, base));
  publishPending();
}

function donePending(key: string, journey?: Journey) {
  clearAhead(tabId, key, journey);
  if (pending.delete(key)) publishPending();
}

function showFailure(action: SaveAction, result: Failure) {
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

function onSaved(key: string, journey: Journey, revision: number, updatedAt: string) {
  lastSaved.set(key, journey);
  donePending(key, journey);
  state().upsertEntry(entryFor(key, journey, revision, updatedAt));
  channel?.postMessage({ type: 'saved', key, revision, tab: tabId } satisfies Message);
}

/** Opens a journey without making it an undoable step (used at start). */
function openQuietly(journey: Journey, key: string, source: AppState['source']) {
  const { pause: stop, resume } = useStore.temporal.getState();
  stop();
  state().openJourney(journey, key, source);
  resume();
}

// --- start ------------------------------------------------------------------------------

export async function startPersistence(): Promise<void> {
  // Even without a library: the demo's edits are only on screen.
  window.addEventListener('beforeunload', warnBeforeUnload);
  try {
    storage = await JourneyStore.open(tabId, onLost);
  } catch {
    state().setLibrary({ libraryStatus: 'unavailable' });
    return;
  }
  try {
    await loadLibrary(storage);
  } catch (e) {
    // Reading failed part-way: say so; saving still reads before it writes (rule 4).
    showFailure('save', { ok: false, reason: 'error', message: String(e) });
  } finally {
    // Whatever happened, the library is no longer "Läser sparade resor…" (rule 3).
    if (state().libraryStatus === 'loading') state().setLibrary({ libraryStatus: 'ready' });
  }

  useStore.subscribe((s, prev) => {
    if (s.journey !== prev.journey || s.journeyKey !== prev.journeyKey) scheduleSave();
    if (s.journeyKey !== prev.journeyKey) void storage?.setMeta('lastOpen', s.journeyKey);
  });
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<Message>) => void onMessage(e.data);
  }
  // The importer is wanted the moment a file is chosen: it loads now, when nothing else does.
  void import('./importFiles').catch(() => undefined);
  const flushNow = () => void flush();
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

async function loadLibrary(store: JourneyStore) {
  const { journeys, movedAside, notMoved } = await store.loadAll(nowIso());
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

/** Saves what the write-ahead copies hold (changes a reload or a closed tab cut short). */
async function recover(store: JourneyStore, journeys: LoadedJourney[]) {
  let count = 0;
  let asCopy = 0;
  for (const entry of readAhead()) {
    const stored = journeys.find((j) => j.key === entry.key);
    if (stored && JSON.stringify(stored.journey) === JSON.stringify(entry.journey)) {
      removeAhead(entry.id);
      continue;
    }
    // Saved over only if nobody saved it since the change was made; else kept beside it.
    const conflict = stored !== undefined && stored.revision !== entry.base;
    const key = conflict ? newKey() : entry.key;
    const base = conflict ? 0 : (stored?.revision ?? 0);
    count++;
    if (conflict) asCopy++;
    const loaded = await saveRecovered(store, entry, key, base);
    if (!loaded) continue;
    const at = journeys.findIndex((j) => j.key === loaded.key);
    if (at >= 0) journeys[at] = loaded;
    else journeys.unshift(loaded);
  }
  if (count > 0) state().setLibrary({ recovered: { count, asCopy } });
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
    lastSavedAt = result.updatedAt;
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
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  lastSaved.clear();
  const { journey, journeyKey, source } = state();
  if (source.kind !== 'demo') writeAhead(tabId, journeyKey, 0, journey);
  for (const [key, p] of pending) pending.set(key, { ...p, base: 0 });
  state().setLibrary({ libraryStatus: 'lost', saveState: { kind: 'idle' }, entries: [], revisions: {} });
}

/** After the database was deleted: create it again and save what is on screen and waiting. */
export async function saveAgainAfterLoss() {
  try {
    storage = await JourneyStore.open(tabId, onLost);
  } catch (e) {
    showFailure('save', { ok: false, reason: 'error', message: String(e) });
    return;
  }
  state().setLibrary({ libraryStatus: 'ready', revisions: {} });
  lastSaved.set(DEMO_KEY, DEMO_JOURNEY);
  await retrySaving();
}

// --- saving the open journey -------------------------------------------------------------

function scheduleSave() {
  const { journey, journeyKey, saveState, libraryStatus, revisions, source } = state();
  // The built-in demo is never saved: its edits stay on screen until "Spara som ny resa".
  if (source.kind === 'demo') return;
  if (libraryStatus === 'loading' || libraryStatus === 'unavailable') return;
  // Opened by an import whose save is under way: that save covers it.
  if (importingFirst?.key === journeyKey && importingFirst.journey === journey) return;
  if (lastSaved.get(journeyKey) !== journey) {
    // Synchronous, before anything else can happen (rule 5). An edit made while its import is
    // being saved is based on the revision that import writes (1).
    const importBase = importingFirst?.key === journeyKey ? 1 : 0;
    writeAhead(tabId, journeyKey, pending.get(journeyKey)?.base ?? revisions[journeyKey] ?? importBase, journey);
    if (saveState.kind !== 'error' && libraryStatus === 'ready') state().setLibrary({ saveState: { kind: 'pending' } });
  }
  if (libraryStatus !== 'ready' || timer) return;
  timer = setTimeout(() => {
    timer = null;
    void flush();
  }, SAVE_DELAY_MS);
}

/** Saves the open journey now if it changed since it was last saved. */
export async function flush(force = false): Promise<void> {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (saving) await saving;
  const { journey, journeyKey, revisions, libraryStatus, source } = state();
  if (!storage || libraryStatus !== 'ready' || source.kind === 'demo') return;
  if (!force && lastSaved.get(journeyKey) === journey) {
    // Back to what is saved (an undo, say): nothing is waiting any more.
    if (pending.has(journeyKey)) donePending(journeyKey);
    if (state().saveState.kind === 'pending') {
      state().setLibrary({ saveState: lastSavedAt ? { kind: 'saved', at: lastSavedAt } : { kind: 'idle' } });
    }
    return;
  }
  if (state().conflict && !force) return;
  const store = storage;
  const base = pending.get(journeyKey)?.base ?? revisions[journeyKey] ?? 0;
  saving = (async () => {
    state().setLibrary({ saveState: { kind: 'saving' } });
    const result = await store.save(journeyKey, journey, base, nowIso(), { force });
    if (result.ok) {
      lastSavedAt = result.updatedAt;
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
  await saving;
  saving = null;
  // A change made while saving is saved next.
  if (state().journey !== journey && state().journeyKey === journeyKey) scheduleSave();
}

/** "Försök spara igen": the open journey and every other one that waits, each on its own. */
export async function retrySaving() {
  // The failure shown is what this retry answers: it shows again if it happens again.
  if (state().saveState.kind === 'error') state().setLibrary({ saveState: { kind: 'idle' } });
  await flush();
  if (state().saveState.kind === 'error' || !storage) return;
  for (const [key, p] of [...pending]) {
    if (key === state().journeyKey) continue;
    const result = await storage.save(key, p.journey, p.base, nowIso());
    if (result.ok) onSaved(key, p.journey, result.revision, result.updatedAt);
    else if (result.reason === 'conflict') {
      // Saved elsewhere meanwhile: this version is kept beside it, not over it.
      const copyKey = newKey();
      const copy = await storage.save(copyKey, p.journey, 0, nowIso());
      if (!copy.ok) return copy.reason === 'conflict' ? undefined : showFailure('save', copy);
      donePending(key);
      state().removeEntry(key);
      onSaved(copyKey, p.journey, copy.revision, copy.updatedAt);
    } else return showFailure('save', result);
  }
  if (state().saveState.kind !== 'saved') {
    state().setLibrary({ saveState: lastSavedAt ? { kind: 'saved', at: lastSavedAt } : { kind: 'idle' } });
  }
}

async function onMessage(message: Message) {
  if (!storage || message.tab === tabId) return;
  if (message.type === 'deleted') {
    if (!pending.has(message.key)) state().removeEntry(message.key);
    return;
  }
  const loaded = await storage.get(message.key);
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

function rememberLoaded(loaded: LoadedJourney) {
  lastSaved.set(loaded.key, loaded.journey);
  state().setLibrary({ revisions: { ...state().revisions, [loaded.key]: loaded.revision } });
}

// --- what the person can do ---------------------------------------------------------

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
  const loaded = await storage?.get(key);
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

async function current(key: string): Promise<{ journey: Journey; base: number } | null> {
  if (key === state().journeyKey) return { journey: state().journey, base: state().revisions[key] ?? 0 };
  const waiting = pending.get(key);
  if (waiting) return waiting;
  const loaded = await storage?.get(key).catch(() => null);
  return loaded ? { journey: loaded.journey, base: loaded.revision } : null;
}

export async function duplicateJourney(key: string, suffix: string) {
  await flush();
  const source = (await current(key))?.journey;
  if (!source || !storage) return;
  const copyKey = newKey();
  const copy: Journey = {
    ...structuredClone(source),
    participant: { ...source.participant, ref: `${source.participant.ref} ${suffix}` },
  };
  const result = await storage.save(copyKey, copy, 0, nowIso());
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
  if (!found || !storage) {
    showFailure('rename', { ok: false, reason: 'unreadable', stored: 'damagedRecord', key });
    return;
  }
  const next = rename(found.journey);
  const result = await storage.save(key, next, found.base, nowIso());
  if (result.ok) onSaved(key, next, result.revision, result.updatedAt);
  else if (result.reason === 'conflict') {
    // Another tab saved it meanwhile: rename what it saved.
    const again = await storage.save(key, rename(result.theirs.journey), result.theirs.revision, nowIso());
    if (again.ok) onSaved(key, rename(result.theirs.journey), again.revision, again.updatedAt);
    else if (again.reason !== 'conflict') showFailure('rename', again);
  } else {
    keepPending(key, next, found.base);
    showFailure('rename', result);
  }
}

/** Deletes a journey from the library (the UI has asked for confirmation). */
export async function deleteJourney(key: string) {
  if (timer && key === state().journeyKey) {
    clearTimeout(timer);
    timer = null;
  }
  const result = await storage?.delete(key);
  if (result && !result.ok) {
    showFailure('delete', result);
    return;
  }
  donePending(key);
  lastSaved.delete(key);
  state().removeEntry(key);
  channel?.postMessage({ type: 'deleted', key, revision: 0, tab: tabId } satisfies Message);
  if (key === state().journeyKey) {
    const next = state().entries[0];
    if (next) await openFromLibrary(next.key);
    else {
      lastSaved.set(DEMO_KEY, DEMO_JOURNEY);
      state().openJourney(DEMO_JOURNEY, DEMO_KEY, { kind: 'demo' });
    }
  }
}

/** Library figures for many journeys, a chunk at a time with the progress on screen. */
async function summarise(items: { key: string; journey: Journey }[], make: (key: string, j: Journey) => LibraryEntry) {
  const made: LibraryEntry[] = [];
  for (let i = 0; i < items.length; i += SUMMARY_CHUNK) {
    if (items.length > SUMMARY_CHUNK) {
      state().setLibrary({ importProgress: { stage: 'summarising', done: i, total: items.length } });
      await pause();
    }
    for (const { key, journey } of items.slice(i, i + SUMMARY_CHUNK)) made.push(make(key, journey));
  }
  const keys = new Set(made.map((e) => e.key));
  state().setLibrary({
    entries: [...made, ...state().entries.filter((e) => !keys.has(e.key))].sort((a, b) =>
      a.updatedAt < b.updatedAt ? 1 : -1,
    ),
    revisions: {
      ...state().revisions,
      ...Object.fromEntries(made.filter((e) => !e.unsaved).map((e) => [e.key, e.revision])),
    },
  });
}

/**
 * Imported journeys join the library in one transaction (rule 6), the first one opens (one
 * undoable step). A journey the library already holds unchanged is not stored again; one
 * with the same id or reference but other content is kept beside it; both are counted.
 */
export async function addImported(outcome: ImportOutcome) {
  const report: ImportReport = { failed: outcome.failed, warnings: outcome.warnings, opened: outcome.journeys.length };
  state().setImportReport(report.failed.length || report.warnings.length ? report : null);
  if (outcome.journeys.length === 0) return;
  const first = outcome.journeys[0];
  if (!(await mayLeaveDemo())) return;
  if (!storage || state().libraryStatus !== 'ready') {
    state().openJourney(first.journey, newKey(), { kind: 'file', name: first.file });
    return;
  }
  await flush();
  const journeys = outcome.journeys.map((j) => j.journey);
  const duplicates = await storage.findDuplicates(journeys).catch(() => []);
  const same = new Map(duplicates.filter((d) => d.identical).map((d) => [d.index, d.key]));
  const keys = journeys.map((_, i) => same.get(i) ?? newKey());
  const toSave = journeys.flatMap((journey, i) => (same.has(i) ? [] : [{ key: keys[i], journey }]));
  state().setLibrary({
    duplicates: duplicates.length > 0 ? { skipped: same.size, keptBoth: duplicates.length - same.size } : null,
  });
  const firstKey = keys[0];
  const firstJourney = same.has(0) ? (lastSaved.get(firstKey) ?? first.journey) : first.journey;
  const open = () => state().openJourney(firstJourney, firstKey, { kind: 'file', name: first.file });
  if (toSave.length === 0) {
    open();
    showSavedIfOpen(firstKey, firstJourney);
    return;
  }
  // The import is marked before anything shows: a reload from here on is told afterwards (rule 6).
  markImport({
    tab: tabId,
    files: [...new Set(outcome.journeys.map((j) => j.file))],
    keys: toSave.map((s) => s.key),
  });
  state().setLibrary({ importProgress: { stage: 'saving', done: 0, total: toSave.length } });
  // Not "Sparad" (that was the journey before) while the new one is not stored; a failure stays shown.
  if (state().saveState.kind !== 'error') state().setLibrary({ saveState: { kind: 'saving' } });
  // The first journey is drawn at once and saved right after its first paint (once a gesture begun on
  // it at once has paused, at most a second: inputQuiet.ts): "Sparad" shows
  // only once the one transaction is done; until then flush() and the timer wait for it, and
  // the journey as imported is not copied aside again (the import mark stands for it).
  let finished!: () => void;
  const importing = new Promise<void>((resolve) => (finished = resolve));
  saving = importing;
  importingFirst = { key: firstKey, journey: firstJourney };
  try {
    open();
    await afterPaint();
    await whenInputQuiet();
    const result = await storage.saveMany(toSave, nowIso());
    if (result.ok) {
      for (const { key, journey } of toSave) lastSaved.set(key, journey);
      await summarise(toSave, (key, journey) => entryFor(key, journey, result.revision, result.updatedAt));
      for (const { key } of toSave)
        channel?.postMessage({ type: 'saved', key, revision: 1, tab: tabId } satisfies Message);
    } else {
      // None is stored: every one waits, counted on screen, for "Försök spara igen".
      for (const { key, journey } of toSave) keepPending(key, journey, 0, false);
      await summarise(toSave, (key, journey) => unsavedEntry(key, journey, 0));
      showFailure('import', result);
    }
    clearImportMark();
    state().setLibrary({ importProgress: null });
    showSavedIfOpen(firstKey, firstJourney);
  } finally {
    importingFirst = null;
    if (saving === importing) saving = null;
    finished();
  }
}

/** The journey on screen is stored (just now, or already): "Sparad hh:mm" says so. */
function showSavedIfOpen(key: string, journey: Journey) {
  const { journeyKey, journey: shown, entries } = state();
  const savedAt = entries.find((e) => e.key === key)?.updatedAt;
  if (journeyKey === key && shown === journey && lastSaved.get(key) === journey && savedAt) {
    lastSavedAt = savedAt;
    state().setLibrary({ saveState: { kind: 'saved', at: savedAt } });
  }
}

/**
 * After the next frame is drawn and the page is idle (at most half a second later), or at
 * once in a hidden tab, which draws no frames.
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
      setTimeout(resolve, 0);
      return;
    }
    // Hidden meanwhile: the frame may never come, the timer does.
    const fallback = setTimeout(resolve, 1_000);
    const done = () => {
      clearTimeout(fallback);
      resolve();
    };
    requestAnimationFrame(() =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(done, { timeout: 500 }) : setTimeout(done, 0),
    );
  });
}

// --- conflicts between tabs -----------------------------------------------------------

/** Keep what is on screen and overwrite the other tab's save. */
export async function keepMine() {
  state().setLibrary({ conflict: null, changedElsewhere: null });
  await flush(true);
}

/** Take the version saved elsewhere (undoable: mine stays in the history). */
export async function takeTheirs() {
  const { conflict, changedElsewhere, journeyKey } = state();
  const key = conflict?.key ?? changedElsewhere?.key ?? journeyKey;
  const loaded = await storage?.get(key);
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

export async function downloadBackup(id: string) {
  const backup = (await storage?.backups())?.find((b) => b.id === id);
  if (!backup) return;
  download(
    `${JSON.stringify(backup.data, null, 2)}\n`,
    `resan-backup-${safeFileName(backup.key)}-${safeFileName(backup.movedAt)}.json`,
    'application/json',
  );
}

export function acknowledgeBackups() {
  state().setLibrary({ newBackups: [] });
}

export function dismissLibraryNotices() {
  state().setLibrary({ recovered: null, interruptedImport: null, duplicates: null });
}
