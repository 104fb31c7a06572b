/**
 * A write-ahead copy of every change that is not yet in IndexedDB, kept in localStorage,
 * which writes synchronously: a reload, a closed tab or a crash right after an edit cannot
 * lose it (rule 5 in storage.ts). The next start saves what it finds here, then removes it.
 * Also the mark of an import under way, so that a reload during one is told afterwards.
 * Every call is best-effort: a browser without localStorage, or a full one, loses only
 * this extra safety, never the normal save.
 */
import type { Journey } from '../domain';

const PREFIX = 'resan-wal:';
const IMPORT = 'resan-import';

export type AheadEntry = { id: string; tab: string; key: string; base: number; journey: Journey };

/** What this tab last wrote per key: only that very version may be cleared by a save. */
const written = new Map<string, unknown>();
/**
 * Keys whose latest version could not be copied aside (localStorage full or refused) and is
 * not saved yet: it exists only in this tab, so leaving the page must ask (issue 25, item 9).
 */
const notWritten = new Set<string>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Called whenever the set of versions that exist only in this tab changes. */
export function onOnlyInTabChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The keys (of this tab) whose latest version is neither saved nor copied aside. */
export function onlyInTab(tab: string): string[] {
  const prefix = `${PREFIX}${tab}:`;
  return [...notWritten].filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const idOf = (tab: string, key: string) => `${PREFIX}${tab}:${key}`;

/** Copies the version aside; false when it could not be (then it exists only in this tab until saved). */
export function writeAhead(tab: string, key: string, base: number, journey: Journey): boolean {
  const id = idOf(tab, key);
  written.set(id, journey);
  const was = notWritten.size;
  try {
    const ls = storage();
    if (!ls) throw new Error('no localStorage');
    ls.setItem(id, JSON.stringify({ tab, key, base, journey }));
    notWritten.delete(id);
  } catch {
    // Full or refused: remembered, so that the notice and leaving the page tell the truth.
    notWritten.add(id);
  }
  if (notWritten.size !== was) changed();
  return !notWritten.has(id);
}

/** Removes this tab's copy for `key` once `journey` is saved, unless a newer one was written since. */
export function clearAhead(tab: string, key: string, journey?: Journey): void {
  const id = idOf(tab, key);
  if (journey !== undefined && written.has(id) && written.get(id) !== journey) return;
  written.delete(id);
  if (notWritten.delete(id)) changed();
  removeAhead(id);
}

export function removeAhead(id: string): void {
  try {
    storage()?.removeItem(id);
  } catch {
    // Nothing to do.
  }
}

/**
 * Every copy left by any tab (normally by one that was closed or reloaded), as the text found:
 * recoveryPlan.ts reads each with the importer before anything of it is used.
 */
export function readAheadRaw(): { id: string; text: string | null }[] {
  const ls = storage();
  if (!ls) return [];
  const found: { id: string; text: string | null }[] = [];
  try {
    for (let i = 0; i < ls.length; i++) {
      const id = ls.key(i);
      if (id?.startsWith(PREFIX)) found.push({ id, text: ls.getItem(id) });
    }
  } catch {
    return found;
  }
  return found;
}

export type ImportMark = { tab: string; files: string[]; keys: string[] };

export function markImport(mark: ImportMark): void {
  try {
    storage()?.setItem(IMPORT, JSON.stringify(mark));
  } catch {
    // Best-effort.
  }
}

export function clearImportMark(): void {
  try {
    storage()?.removeItem(IMPORT);
  } catch {
    // Best-effort.
  }
}

export function readImportMark(): ImportMark | null {
  try {
    const v = JSON.parse(storage()?.getItem(IMPORT) ?? 'null') as Partial<ImportMark> | null;
    return v && Array.isArray(v.files) && Array.isArray(v.keys) && typeof v.tab === 'string'
      ? { tab: v.tab, files: v.files.map(String), keys: v.keys.map(String) }
      : null;
  } catch {
    return null;
  }
}
