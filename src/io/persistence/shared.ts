/**
 * What the parts of persistence share (index.ts describes the whole): the open library, the
 * channel to other tabs, the save under way, and what is saved or waits. The values that change
 * are fields of one object, not `let`s, because a module cannot assign a `let` it imports.
 */
import type { Journey } from '../../domain';
import { useStore } from '../../store';
import type { JourneyStore } from '../storage';

/** What a tab tells the others, on the channel start.ts opens. */
export type Message = { type: 'saved' | 'deleted'; key: string; revision: number; tab: string };

export const tabId =
  typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

export const shared: {
  storage: JourneyStore | null;
  channel: BroadcastChannel | null;
  /** The autosave that waits its SAVE_DELAY_MS (autosave.ts). */
  timer: ReturnType<typeof setTimeout> | null;
  /** The save under way; flush() waits for it (an import's one transaction counts too). */
  saving: Promise<void> | null;
  /** The first journey of an import while its one transaction is under way (addImported). */
  importingFirst: { key: string; journey: Journey } | null;
  lastSavedAt: string | null;
} = { storage: null, channel: null, timer: null, saving: null, importingFirst: null, lastSavedAt: null };

/** The journey object last written (or read) per key: nothing to save while it is the same. */
export const lastSaved = new Map<string, Journey>();
/** Journeys whose latest version exists only in this tab, with the revision they are based on. */
export const pending = new Map<string, { journey: Journey; base: number }>();

export const state = () => useStore.getState();
export const nowIso = () => new Date().toISOString();
