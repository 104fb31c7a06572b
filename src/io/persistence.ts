/**
 * Keeps the store and the browser's library in step: loads the library at start (never
 * writing before that load has finished), saves every change of the open journey
 * (throttled, flushed when the page is hidden or left), tells other tabs, and notices
 * when another tab saved the same journey.
 */
import { type Journey, analyzeJourney, emptyJourney } from '../domain';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { todayIso } from '../i18n/format';
import { type AppState, useStore } from '../store';
import { DEMO_KEY, type ImportReport } from '../store/journeySlice';
import type { LibraryEntry } from '../store/librarySlice';
import { download, safeFileName } from './download';
import type { ImportOutcome } from './importFiles';
import { JourneyStore, type LoadedJourney } from './storage';

export const SAVE_DELAY_MS = 300;
const CHANNEL = 'resan-library';

type Message = { type: 'saved' | 'deleted'; key: string; revision: number; tab: string };

const tabId = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());
let storage: JourneyStore | null = null;
let channel: BroadcastChannel | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let saving: Promise<void> | null = null;
/** The journey object last written (or read) per key: nothing to save while it is the same. */
const lastSaved = new Map<string, Journey>();
let lastSavedAt: string | null = null;

const state = () => useStore.getState();
const nowIso = () => new Date().toISOString();

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

/** Opens a journey without making it an undoable step (used at start). */
function openQuietly(journey: Journey, key: string, source: AppState['source']) {
  const { pause, resume } = useStore.temporal.getState();
  pause();
  state().openJourney(journey, key, source);
  resume();
}

export async function startPersistence(): Promise<void> {
  try {
    storage = await JourneyStore.open(tabId);
  } catch {
    state().setLibrary({ libraryStatus: 'unavailable' });
    return;
  }
  const { journeys, movedAside } = await storage.loadAll(nowIso());
  const backups = await storage.backups();
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
  });
  const lastOpen = await storage.getMeta<string>('lastOpen');
  const open = journeys.find((j) => j.key === lastOpen) ?? journeys[0];
  if (open) openQuietly(open.journey, open.key, { kind: 'library' });
  state().setLibrary({ libraryStatus: 'ready' });

  useStore.subscribe((s, prev) => {
    if (s.journey !== prev.journey || s.journeyKey !== prev.journeyKey) scheduleSave();
    if (s.journeyKey !== prev.journeyKey) void storage?.setMeta('lastOpen', s.journeyKey);
  });
  if (typeof BroadcastChannel !== 'undefined') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<Message>) => void onMessage(e.data);
  }
  const flushNow = () => void flush();
  window.addEventListener('pagehide', flushNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushNow();
  });
}

function scheduleSave() {
  if (state().libraryStatus !== 'ready') return;
  const { journey, journeyKey, saveState } = state();
  if (lastSaved.get(journeyKey) !== journey && saveState.kind !== 'error') {
    state().setLibrary({ saveState: { kind: 'pending' } });
  }
  if (timer) return;
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
  const { journey, journeyKey, revisions, libraryStatus } = state();
  if (!storage || libraryStatus !== 'ready') return;
  if (!force && lastSaved.get(journeyKey) === journey) {
    // Back to what is saved (an undo, say): nothing is waiting any more.
    if (state().saveState.kind === 'pending') {
      state().setLibrary({ saveState: lastSavedAt ? { kind: 'saved', at: lastSavedAt } : { kind: 'idle' } });
    }
    return;
  }
  if (state().conflict && !force) return;
  const store = storage;
  saving = (async () => {
    state().setLibrary({ saveState: { kind: 'saving' } });
    const result = await store.save(journeyKey, journey, revisions[journeyKey] ?? 0, nowIso(), force);
    if (result.ok) {
      lastSaved.set(journeyKey, journey);
      lastSavedAt = result.updatedAt;
      state().upsertEntry(entryFor(journeyKey, journey, result.revision, result.updatedAt));
      state().setLibrary({ saveState: { kind: 'saved', at: result.updatedAt }, changedElsewhere: null });
      channel?.postMessage({ type: 'saved', key: journeyKey, revision: result.revision, tab: tabId } satisfies Message);
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
      state().setLibrary({ saveState: { kind: 'error', reason: result.reason, message: result.message } });
    }
  })();
  await saving;
  saving = null;
  // A change made while saving is saved next.
  if (state().journey !== journey && state().journeyKey === journeyKey) scheduleSave();
}

async function onMessage(message: Message) {
  if (!storage || message.tab === tabId) return;
  if (message.type === 'deleted') {
    state().removeEntry(message.key);
    return;
  }
  const loaded = await storage.get(message.key);
  if (!loaded) return;
  // The revision our own edits are based on stays as it was: saving over the other
  // tab's version must be a choice, not an accident.
  const base = state().revisions[loaded.key] ?? 0;
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
  await flush();
  if (key === DEMO_KEY && !state().entries.some((e) => e.key === DEMO_KEY)) {
    state().openJourney(DEMO_JOURNEY, DEMO_KEY, { kind: 'demo' });
    return;
  }
  const loaded = await storage?.get(key);
  if (!loaded) return;
  rememberLoaded(loaded);
  state().openJourney(loaded.journey, key, { kind: 'library' });
}

/**
 * Opens a journey that is not in the library (one from a cohort) without saving it: it is
 * marked as saved as it is, so that only a change of it is saved, as with the demo.
 */
export async function openUnsaved(journey: Journey, key: string, source: AppState['source']) {
  await flush();
  lastSaved.set(key, journey);
  state().openJourney(journey, key, source);
}

export async function openDemo() {
  await openFromLibrary(DEMO_KEY);
}

export async function createJourney(ref: string) {
  await flush();
  const key = newKey();
  state().openJourney(emptyJourney(key, ref), key, { kind: 'new' });
}

export async function duplicateJourney(key: string, suffix: string) {
  await flush();
  const source = key === state().journeyKey ? state().journey : (await storage?.get(key))?.journey;
  if (!source || !storage) return;
  const copyKey = newKey();
  const copy: Journey = {
    ...structuredClone(source),
    participant: { ...source.participant, ref: `${source.participant.ref} ${suffix}` },
  };
  const result = await storage.save(copyKey, copy, 0, nowIso());
  if (result.ok) {
    lastSaved.set(copyKey, copy);
    state().upsertEntry(entryFor(copyKey, copy, result.revision, result.updatedAt));
  } else if (result.reason !== 'conflict') {
    state().setLibrary({ saveState: { kind: 'error', reason: result.reason, message: result.message } });
  }
}

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
  const loaded = await storage?.get(key);
  if (!loaded || !storage) return;
  const next = rename(loaded.journey);
  const result = await storage.save(key, next, loaded.revision, nowIso());
  if (result.ok) {
    lastSaved.set(key, next);
    state().upsertEntry(entryFor(key, next, result.revision, result.updatedAt));
    channel?.postMessage({ type: 'saved', key, revision: result.revision, tab: tabId } satisfies Message);
  }
}

/** Deletes a journey from the library (the UI has asked for confirmation). */
export async function deleteJourney(key: string) {
  if (timer && key === state().journeyKey) {
    clearTimeout(timer);
    timer = null;
  }
  await storage?.delete(key);
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

/** Imported journeys join the library; the first one opens (one undoable step). */
export async function addImported(outcome: ImportOutcome) {
  const report: ImportReport = { failed: outcome.failed, warnings: outcome.warnings, opened: outcome.journeys.length };
  state().setImportReport(report.failed.length || report.warnings.length ? report : null);
  if (outcome.journeys.length === 0) return;
  await flush();
  const [first, ...rest] = outcome.journeys;
  for (const { journey } of rest) {
    const key = newKey();
    if (!storage) continue;
    const result = await storage.save(key, journey, 0, nowIso());
    if (result.ok) {
      lastSaved.set(key, journey);
      state().upsertEntry(entryFor(key, journey, result.revision, result.updatedAt));
    }
  }
  state().openJourney(first.journey, newKey(), { kind: 'file', name: first.file });
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
