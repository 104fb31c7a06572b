/**
 * Imported journeys join the library: the first is drawn at once and all are saved in one
 * transaction after its first paint (rule 6), with their library figures computed in chunks.
 */
import type { Journey } from '../../domain';
import { prepareToOpen } from '../../store/prepare';
import type { ImportReport } from '../../store/journeySlice';
import type { LibraryEntry } from '../../store/librarySlice';
import { mayLeaveDemo } from '../demoGuard';
import { askDuplicate, freeRef } from '../duplicateQuestion';
import type { ImportOutcome } from '../importFiles';
import { whenInputQuiet } from '../inputQuiet';
import { clearImportMark, markImport } from '../writeAhead';
import { flush } from './autosave';
import { entryFor, newKey, unsavedEntry } from './entries';
import { keepPending, showFailure } from './pending';
import { type Message, lastSaved, nowIso, shared, state, tabId } from './shared';

/** Library figures are computed this many journeys at a time, with the progress shown between. */
const SUMMARY_CHUNK = 100;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

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
  if (!shared.storage || state().libraryStatus !== 'ready') {
    await prepareToOpen(first.journey);
    state().openJourney(first.journey, newKey(), { kind: 'file', name: first.file });
    const rest = outcome.journeys.slice(1);
    if (rest.length > 0)
      state().setImportReport({
        ...report,
        notOpened: { first: first.file, count: rest.length, files: [...new Set(rest.map((j) => j.file))] },
      });
    return;
  }
  await flush();
  const journeys = outcome.journeys.map((j) => j.journey);
  const duplicates = await shared.storage.findDuplicates(journeys).catch(() => []);
  const differing = duplicates.filter((d) => !d.identical);
  // Another journey of the same participant: the person chooses (issue 25, item 14).
  const answer =
    differing.length > 0 ? await askDuplicate(differing.map((d) => journeys[d.index].participant.ref)) : null;
  if (differing.length > 0 && answer === null) return;
  const replaced = answer === 'replace' ? [...new Set(differing.map((d) => d.key))] : [];
  if (answer === 'openAsNew') {
    const taken = new Set(state().entries.map((e) => e.ref));
    for (const d of differing) {
      const j = journeys[d.index];
      const ref = freeRef(j.participant.ref, taken);
      taken.add(ref);
      journeys[d.index] = { ...j, id: `${j.id}-${ref}`, participant: { ...j.participant, ref } };
    }
  }
  const same = new Map(duplicates.filter((d) => d.identical).map((d) => [d.index, d.key]));
  const keys = journeys.map((_, i) => same.get(i) ?? newKey());
  const toSave = journeys.flatMap((journey, i) => (same.has(i) ? [] : [{ key: keys[i], journey }]));
  state().setLibrary({
    duplicates: duplicates.length > 0 ? { skipped: same.size, keptBoth: duplicates.length - same.size } : null,
  });
  const firstKey = keys[0];
  const firstJourney = same.has(0) ? (lastSaved.get(firstKey) ?? first.journey) : journeys[0];
  const open = async () => {
    await prepareToOpen(firstJourney);
    state().openJourney(firstJourney, firstKey, { kind: 'file', name: first.file });
  };
  if (toSave.length === 0) {
    await open();
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
  shared.saving = importing;
  shared.importingFirst = { key: firstKey, journey: firstJourney };
  try {
    await open();
    await afterPaint();
    await whenInputQuiet();
    const result = await shared.storage.saveMany(toSave, nowIso());
    if (result.ok) {
      for (const { key, journey } of toSave) lastSaved.set(key, journey);
      await summarise(toSave, (key, journey) => entryFor(key, journey, result.revision, result.updatedAt));
      // Replaced: the saved journey goes only once the file's is stored.
      for (const key of replaced) await removeReplaced(key);
      for (const { key } of toSave)
        shared.channel?.postMessage({ type: 'saved', key, revision: 1, tab: tabId } satisfies Message);
    } else {
      // None is stored: every one waits, counted on screen, for "Försök spara igen".
      // An edit made meanwhile on the journey on screen is what waits for it, not the file's version.
      const onScreen = (key: string, journey: Journey) =>
        state().journeyKey === key && state().source.kind !== 'demo' ? state().journey : journey;
      for (const { key, journey } of toSave) keepPending(key, onScreen(key, journey), 0, false);
      await summarise(toSave, (key, journey) => unsavedEntry(key, journey, 0));
      showFailure('import', result);
    }
    clearImportMark();
    state().setLibrary({ importProgress: null });
    showSavedIfOpen(firstKey, firstJourney);
  } finally {
    shared.importingFirst = null;
    if (shared.saving === importing) shared.saving = null;
    finished();
  }
}

async function removeReplaced(key: string) {
  const done = await shared.storage?.delete(key);
  if (!done?.ok) return;
  lastSaved.delete(key);
  state().removeEntry(key);
  shared.channel?.postMessage({ type: 'deleted', key, revision: 0, tab: tabId } satisfies Message);
}

/** The journey on screen is stored (just now, or already): "Sparad hh:mm" says so. */
function showSavedIfOpen(key: string, journey: Journey) {
  const { journeyKey, journey: shown, entries } = state();
  const savedAt = entries.find((e) => e.key === key)?.updatedAt;
  if (journeyKey === key && shown === journey && lastSaved.get(key) === journey && savedAt) {
    shared.lastSavedAt = savedAt;
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
