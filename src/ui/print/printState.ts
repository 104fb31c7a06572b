/** What is being printed, if anything: read by the parts of the page that only print. */
import { useSyncExternalStore } from 'react';
import type { PrintChoice } from './printJourney';

let current: PrintChoice | null = null;
const listeners = new Set<() => void>();

export function setPrinting(choice: PrintChoice | null) {
  current = choice;
  for (const l of listeners) l();
}

export function usePrinting(): PrintChoice | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
