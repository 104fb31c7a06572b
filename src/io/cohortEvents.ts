/**
 * The saved cohorts as other tabs and the browser change them (issue 28, items 10 and 11), as
 * persistence/ does for the journey library:
 * - a cohort saved or removed in one tab is told to the others on a BroadcastChannel, so that
 *   every tab's list of saved cohorts stays in step;
 * - the cohort database deleted under the app (another tab's deleteDatabase, "clear site
 *   data") is noticed and kept as `lost` until a cohort is saved again, so that the page can
 *   say so instead of listing cohorts that are gone.
 * cohortStorage.ts reports to this module; the Kohort view listens.
 */
export type CohortChange = { type: 'saved' | 'removed'; key: string };

const CHANNEL = 'resan-cohorts';
const tab = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : String(Math.random());

let channel: BroadcastChannel | null | undefined;
const changeListeners = new Set<(change: CohortChange) => void>();
const lostListeners = new Set<() => void>();
let lost = false;

function isChange(data: unknown): data is CohortChange & { tab: string } {
  const d = data as Partial<CohortChange & { tab: string }> | null;
  return (
    typeof d === 'object' &&
    d !== null &&
    (d.type === 'saved' || d.type === 'removed') &&
    typeof d.key === 'string' &&
    typeof d.tab === 'string'
  );
}

function open(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  if (channel) {
    channel.onmessage = (e: MessageEvent<unknown>) => {
      if (!isChange(e.data) || e.data.tab === tab) return;
      const change: CohortChange = { type: e.data.type, key: e.data.key };
      changeListeners.forEach((l) => l(change));
    };
  }
  return channel;
}

/** Tells the other tabs that this tab saved or removed a cohort. */
export function tellOtherTabs(change: CohortChange): void {
  try {
    open()?.postMessage({ ...change, tab });
  } catch {
    // A closed channel: the other tabs see the change when they next read the list.
  }
}

/** Called with each cohort another tab saved or removed; returns the unsubscribe. */
export function onOtherTabChange(listener: (change: CohortChange) => void): () => void {
  open();
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}

/** The cohort database went away while the app ran. */
export function markCohortsLost(): void {
  if (lost) return;
  lost = true;
  lostListeners.forEach((l) => l());
}

/** A cohort was saved again: the database is there and holds what it lists. */
export function markCohortsFound(): void {
  if (!lost) return;
  lost = false;
  lostListeners.forEach((l) => l());
}

export function cohortsLost(): boolean {
  return lost;
}

/** For useSyncExternalStore: called when `cohortsLost()` changes. */
export function onCohortsLostChange(listener: () => void): () => void {
  lostListeners.add(listener);
  return () => lostListeners.delete(listener);
}
