/** New keys, and what the library's list shows of a journey (its figures come from the analysis). */
import { type Journey, analyzeJourney } from '../../domain';
import { todayIso } from '../../i18n/format';
import type { LibraryEntry } from '../../store/librarySlice';
import { nowIso } from './shared';

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

export function unsavedEntry(key: string, journey: Journey, base: number): LibraryEntry {
  return { ...entryFor(key, journey, base, nowIso()), unsaved: true };
}
