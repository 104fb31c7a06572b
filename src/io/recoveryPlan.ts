/**
 * What to do with one write-ahead copy found at start (issue 28, items 6 and 7). A copy is
 * text in localStorage that anything on this origin could have written or damaged, so it is
 * read like an imported file (the importer's `readJson` and `journeyFromData`) before any of
 * it is used, and it is recovered only when it has the shape the app writes:
 * - text that is not JSON, a copy without its tab, key and base, or a journey the importer
 *   refuses is moved aside as a backup, never saved and never shown;
 * - a copy under the demo's key is moved aside too: the app never writes one (the demo is
 *   saved only as a new journey, "Spara som ny resa"), and the demo is never read from storage;
 * - a copy of another journey than the one stored under its key (another journey id) is saved
 *   as a new journey beside it, as is a change to a journey saved again since: a recovered
 *   journey never takes another journey's place.
 */
import { type Issue, type Journey, journeyFromData, readJson } from '../domain';
import { DEMO_KEY } from '../store/journeySlice';
import type { UnreadableReason } from './storage';
import type { AheadEntry } from './writeAhead';

/** Why a copy is moved aside: unreadable as a stored record is, or written under the demo's key. */
export type AsideReason = UnreadableReason | 'demoKey';

export type RecoveryStep =
  /** Exactly what is stored already: the copy is removed. */
  | { kind: 'same'; id: string }
  /** Saved under `key` over revision `base`; `asCopy` says why it is a new journey beside the stored one. */
  | { kind: 'save'; entry: AheadEntry; key: string; base: number; asCopy: 'changedSince' | 'otherJourney' | null }
  /** Moved aside as a backup: `data` is the copy as found (its text when it is not JSON). */
  | { kind: 'aside'; id: string; key: string; ref?: string; reason: AsideReason; problems: Issue[]; data: unknown };

export type StoredVersion = { journey: Journey; revision: number };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Judges the copy `text` found under `id`. `storedUnder(key)` is the journey the library holds
 * under that key now (after the copies judged before this one were saved), if any.
 */
export function judgeCopy(
  id: string,
  text: string | null,
  storedUnder: (key: string) => StoredVersion | undefined,
  newKey: () => string,
): RecoveryStep {
  const read = readJson(text);
  if (!read.ok) return { kind: 'aside', id, key: id, reason: 'damagedRecord', problems: read.errors, data: text };
  const copy = read.data;
  if (
    !isRecord(copy) ||
    typeof copy.tab !== 'string' ||
    typeof copy.key !== 'string' ||
    copy.key === '' ||
    typeof copy.base !== 'number' ||
    !Number.isSafeInteger(copy.base) ||
    copy.base < 0
  ) {
    const key = isRecord(copy) && typeof copy.key === 'string' && copy.key !== '' ? copy.key : id;
    return { kind: 'aside', id, key, reason: 'damagedRecord', problems: [], data: copy };
  }
  const { tab, key, base } = copy;
  const parsed = journeyFromData(copy.journey);
  if (!parsed.ok) {
    const newer = parsed.errors.some((e) => e.code === 'newerVersion');
    return {
      kind: 'aside',
      id,
      key,
      reason: newer ? 'newerVersion' : 'invalidJourney',
      problems: parsed.errors,
      data: copy,
    };
  }
  const journey = parsed.journey;
  if (key === DEMO_KEY) {
    return { kind: 'aside', id, key, ref: journey.participant.ref, reason: 'demoKey', problems: [], data: copy };
  }
  const entry: AheadEntry = { id, tab, key, base, journey };
  const stored = storedUnder(key);
  if (!stored) return { kind: 'save', entry, key, base: 0, asCopy: null };
  if (JSON.stringify(stored.journey) === JSON.stringify(journey)) return { kind: 'same', id };
  if (stored.journey.id !== journey.id) return { kind: 'save', entry, key: newKey(), base: 0, asCopy: 'otherJourney' };
  // Saved over only if nobody saved it since the change was made; else kept beside it.
  if (stored.revision !== base) return { kind: 'save', entry, key: newKey(), base: 0, asCopy: 'changedSince' };
  return { kind: 'save', entry, key, base, asCopy: null };
}
