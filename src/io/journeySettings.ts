/**
 * Settings remembered per journey across reloads: the scenarios that are switched on and the
 * zoom (as the days in view, so that it fits any width). Keyed by the library key (the demo
 * has its own), kept in this browser's localStorage like settings.ts. Whatever is stored is
 * checked before use: an entry that is not what it should be is ignored, a scenario that the
 * journey no longer has is left out, a zoom that is not two valid days in order is dropped.
 * In files-only mode (src/store/filesOnly.ts) they are kept for the visit only, never written.
 */
import { isIsoDate } from '../domain';
import { type AppState, useStore } from '../store';
import { filesOnly } from '../store/filesOnly';

const KEY = 'resan:journey-settings';
/** The most journeys remembered; the least recently changed go first. */
export const MAX_REMEMBERED = 200;
const MAX_KEY_LENGTH = 200;
const MAX_SCENARIOS = 500;
const WRITE_DELAY_MS = 250;

export type ZoomDays = { from: string; to: string };
export type JourneySettings = { scenarios?: string[]; zoom?: ZoomDays };

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A zoom that is two valid days, the first before the second; else null. */
export function validZoom(value: unknown): ZoomDays | null {
  if (!isObject(value)) return null;
  const { from, to } = value;
  if (typeof from !== 'string' || typeof to !== 'string' || !isIsoDate(from) || !isIsoDate(to)) return null;
  return from < to ? { from, to } : null;
}

function validEntry(value: unknown): JourneySettings | null {
  if (!isObject(value)) return null;
  const out: JourneySettings = {};
  const { scenarios, zoom } = value;
  if (Array.isArray(scenarios) && scenarios.length <= MAX_SCENARIOS) {
    const ids = scenarios.filter((s): s is string => typeof s === 'string' && s.length <= MAX_KEY_LENGTH);
    if (ids.length > 0) out.scenarios = [...new Set(ids)];
  }
  const days = validZoom(zoom);
  if (days) out.zoom = days;
  return out.scenarios || out.zoom ? out : null;
}

/** The stored settings that are valid, by journey key; anything else is left out. */
export function readJourneySettings(text: string | null): Map<string, JourneySettings> {
  const out = new Map<string, JourneySettings>();
  if (!text) return out;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return out;
  }
  if (!isObject(data)) return out;
  for (const [key, value] of Object.entries(data).slice(-MAX_REMEMBERED)) {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) continue;
    const entry = validEntry(value);
    if (entry) out.set(key, entry);
  }
  return out;
}

/** The remembered scenarios that the journey still has, in the order stored. */
export function knownScenarios(stored: readonly string[] | undefined, existing: readonly { id: string }[]): string[] {
  const ids = new Set(existing.map((s) => s.id));
  return (stored ?? []).filter((id) => ids.has(id));
}

let cache: Map<string, JourneySettings> | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let listening = false;

function all(): Map<string, JourneySettings> {
  cache ??= readJourneySettings(storage()?.getItem(KEY) ?? null);
  return cache;
}

function writeNow() {
  if (timer) {
    clearTimeout(timer);
    timer = null;
  }
  if (!cache) return;
  try {
    storage()?.setItem(KEY, JSON.stringify(Object.fromEntries(cache)));
  } catch {
    // A full or blocked storage: remembered for this visit only.
  }
}

function change(key: string, patch: JourneySettings, soon: boolean) {
  const map = all();
  const next: JourneySettings = { ...map.get(key), ...patch };
  if (!next.scenarios?.length) delete next.scenarios;
  if (!next.zoom) delete next.zoom;
  map.delete(key);
  if (next.scenarios || next.zoom) map.set(key, next);
  while (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value as string);
  // Files only: remembered for this visit, nothing of a journey written to the browser's storage.
  if (filesOnly()) return;
  if (!listening && typeof window !== 'undefined') {
    // A change just before a reload is written as the page goes.
    window.addEventListener('pagehide', writeNow);
    listening = true;
  }
  if (!soon) return writeNow();
  timer ??= setTimeout(writeNow, WRITE_DELAY_MS);
}

export function rememberedFor(key: string): JourneySettings {
  return all().get(key) ?? {};
}

export function rememberScenarios(key: string, ids: readonly string[]) {
  change(key, { scenarios: [...ids] }, false);
}

/** The days in view (null: everything, the default), written a moment later (zooming sends many). */
export function rememberZoom(key: string, days: ZoomDays | null) {
  change(key, { zoom: days ?? undefined }, true);
}

/** Forgets what was read, so that the next use reads the storage again (tests). */
export function resetJourneySettingsCache() {
  cache = null;
}

/**
 * Restores the open journey's scenarios now and whenever another journey opens, and keeps
 * them as they are switched on and off.
 */
export function startJourneySettings() {
  const restore = (s: AppState) =>
    useStore.setState({
      activeScenarios: knownScenarios(rememberedFor(s.journeyKey).scenarios, s.journey.scenarios ?? []),
    });
  restore(useStore.getState());
  useStore.subscribe((s, prev) => {
    if (s.journeyKey !== prev.journeyKey) restore(s);
    else if (s.activeScenarios !== prev.activeScenarios) rememberScenarios(s.journeyKey, s.activeScenarios);
  });
}
