/**
 * Settings that follow the person across reloads: the language, "ignore gaps up to N days",
 * whether the summary is hidden, whether Mötesläge is on, the saved cohort last open in Kohort
 * (its library key: a reload opens it again, not the demo), and where journeys are kept when the
 * person has chosen it ("bara filer" or the browser: src/store/filesOnly.ts; in files-only mode
 * no cohort key is kept, as no cohort is saved).
 * Kept in this browser's localStorage (small, not journey data). Whatever is stored is checked
 * before use: an unknown language or a value out of range is ignored, never applied. Best
 * effort: a browser without storage simply starts with the defaults.
 */
import { LANGUAGES, type Language } from '../i18n';
import { MAX_IGNORED_GAP_DAYS } from '../store/viewSlice';
import { type AppState, useStore } from '../store';
import { usePresentation } from '../store/presentation';
import { type StorageMode, applyStartMode, filesOnly, isStorageMode, useFilesOnly } from '../store/filesOnly';

const KEY = 'resan:settings';

export type Settings = {
  language?: Language;
  ignoreGapsUpToDays?: number;
  summaryHidden?: boolean;
  meetingMode?: boolean;
  cohortKey?: string;
  storage?: StorageMode;
};

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored settings that are valid; anything else is left out. */
export function readSettings(text: string | null): Settings {
  if (!text) return {};
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    const out: Settings = {};
    if ((LANGUAGES as readonly unknown[]).includes(data.language)) out.language = data.language as Language;
    const days = data.ignoreGapsUpToDays;
    if (Number.isInteger(days) && (days as number) >= 0 && (days as number) <= MAX_IGNORED_GAP_DAYS)
      out.ignoreGapsUpToDays = days as number;
    if (typeof data.summaryHidden === 'boolean') out.summaryHidden = data.summaryHidden;
    if (typeof data.meetingMode === 'boolean') out.meetingMode = data.meetingMode;
    if (typeof data.cohortKey === 'string' && data.cohortKey.length > 0 && data.cohortKey.length <= 200)
      out.cohortKey = data.cohortKey;
    if (isStorageMode(data.storage)) out.storage = data.storage;
    return out;
  } catch {
    return {};
  }
}

/** Applies the stored settings, then keeps them as they change; `protocol` is the page's (file: from the disk). */
export function startSettings(protocol: string) {
  const s = storage();
  const saved = readSettings(s?.getItem(KEY) ?? null);
  applyStartMode(protocol, saved.storage);
  const state = useStore.getState();
  if (saved.language) state.setLanguage(saved.language);
  if (saved.ignoreGapsUpToDays !== undefined) state.setIgnoreGapsUpToDays(saved.ignoreGapsUpToDays);
  const view = usePresentation.getState();
  if (saved.summaryHidden !== undefined) view.setSummaryHidden(saved.summaryHidden);
  if (saved.meetingMode !== undefined) view.setMeetingMode(saved.meetingMode);
  // The cohort last open: kept until another is opened (none is open before Kohort is visited).
  let cohortKey = filesOnly() ? undefined : saved.cohortKey;
  const pick = (st: AppState): Settings => {
    const p = usePresentation.getState();
    if (st.cohort && !filesOnly()) cohortKey = st.cohort.key ?? undefined;
    return {
      cohortKey,
      storage: useFilesOnly.getState().chosen,
      language: st.language,
      ignoreGapsUpToDays: st.ignoreGapsUpToDays,
      summaryHidden: p.summaryHidden,
      meetingMode: p.meetingMode,
    };
  };
  let last = JSON.stringify(pick(useStore.getState()));
  const keep = () => {
    const next = JSON.stringify(pick(useStore.getState()));
    if (next === last) return;
    last = next;
    try {
      s?.setItem(KEY, next);
    } catch {
      // A full or blocked storage: the setting holds for this visit only.
    }
  };
  useStore.subscribe(keep);
  usePresentation.subscribe(keep);
  useFilesOnly.subscribe(keep);
}

/** The library key of the saved cohort that was open last (null: the demo, none yet, or files only). */
export function lastCohortKey(): string | null {
  if (filesOnly()) return null;
  return readSettings(storage()?.getItem(KEY) ?? null).cohortKey ?? null;
}
