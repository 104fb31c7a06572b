/**
 * Settings that follow the person across reloads: the language and "ignore gaps up to N days".
 * Kept in this browser's localStorage (small, not journey data). Whatever is stored is checked
 * before use: an unknown language or a value out of range is ignored, never applied. Best
 * effort: a browser without storage simply starts with the defaults.
 */
import { LANGUAGES, type Language } from '../i18n';
import { MAX_IGNORED_GAP_DAYS } from '../store/viewSlice';
import { type AppState, useStore } from '../store';

const KEY = 'resan:settings';

export type Settings = { language?: Language; ignoreGapsUpToDays?: number };

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
    return out;
  } catch {
    return {};
  }
}

/** Applies the stored settings, then keeps them as they change. */
export function startSettings() {
  const s = storage();
  const saved = readSettings(s?.getItem(KEY) ?? null);
  const state = useStore.getState();
  if (saved.language) state.setLanguage(saved.language);
  if (saved.ignoreGapsUpToDays !== undefined) state.setIgnoreGapsUpToDays(saved.ignoreGapsUpToDays);
  const pick = (st: AppState): Settings => ({ language: st.language, ignoreGapsUpToDays: st.ignoreGapsUpToDays });
  let last = JSON.stringify(pick(useStore.getState()));
  useStore.subscribe((st) => {
    const next = JSON.stringify(pick(st));
    if (next === last) return;
    last = next;
    try {
      s?.setItem(KEY, next);
    } catch {
      // A full or blocked storage: the setting holds for this visit only.
    }
  });
}
