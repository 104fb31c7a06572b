/**
 * Between the journey and the cohort: the page is in the store; the element that was used
 * last on each page is kept here (DOM nodes do not belong in the store), so that coming
 * back puts focus where the person was.
 */
import type { Journey } from '../domain';
import { openUnsaved } from '../io/later';
import { useStore } from '../store';
import type { Selection } from '../store/viewSlice';

let cohortOpener: HTMLElement | null = null;
let journeyOpener: HTMLElement | null = null;

const active = () => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
const focusLater = (el: HTMLElement | null, fallback: string) =>
  requestAnimationFrame(() => {
    if (el?.isConnected) el.focus();
    else document.getElementById(fallback)?.focus();
  });

export function showCohort() {
  if (useStore.getState().page.name === 'cohort') return;
  journeyOpener = active();
  useStore.getState().setPage({ name: 'cohort' });
  focusLater(cohortOpener, 'cohort-heading');
}

export function showJourney() {
  if (useStore.getState().page.name === 'journey') return;
  cohortOpener = active();
  useStore.getState().setPage({ name: 'journey' });
  focusLater(journeyOpener, 'main');
}

/** Opens one journey of the cohort on the timeline, never saved (a copy only when asked for), with the finding highlighted. */
export async function openFromCohort(journey: Journey, cohortName: string, selection: Selection | null) {
  cohortOpener = active();
  journeyOpener = null;
  await openUnsaved(journey, `cohort:${journey.id}`, { kind: 'cohort', name: cohortName, original: journey });
  useStore.getState().setPage({ name: 'journey' });
  // The app clears the choice when another journey opens (after it is drawn): choose after that.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      useStore.getState().select(selection);
      document.getElementById('back-to-cohort')?.focus();
    }),
  );
}

/** "Tillbaka till kohorten": the cohort as it was, focus on what opened the journey. */
export function backToCohort() {
  journeyOpener = active();
  useStore.getState().setPage({ name: 'cohort' });
  focusLater(cohortOpener, 'cohort-heading');
}
