/**
 * Journeys the importer has just accepted (`journeyFromData`, on this thread or in a worker):
 * saving them to the library need not check them a second time, which took some 200 ms of the
 * page's thread for a 10,000-intervention journey right after it was drawn (issue #26).
 * Journeys are never changed in place (an edit makes a new one), so a journey marked here stays
 * what the importer accepted; anything else is checked before it is stored.
 */
import type { Journey } from '../domain';

const accepted = new WeakSet<Journey>();

export function markAccepted(journey: Journey): void {
  accepted.add(journey);
}

export function wasAccepted(journey: Journey): boolean {
  return accepted.has(journey);
}
