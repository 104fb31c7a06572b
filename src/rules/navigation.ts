/**
 * Going to the rules page and back: the page to show is in the store; the element that
 * opened it is kept here (DOM nodes do not belong in the store) so that focus returns to it.
 * The file format is a page below the rules page: its "Tillbaka" returns to the rules.
 */
import { useStore } from '../store';

let opener: HTMLElement | null = null;

export function openRules(kind?: string) {
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  useStore.getState().setPage({ name: 'rules', kind });
}

/** From the rules page to the file format, and back to the link that opened it. */
export function openFormat() {
  useStore.getState().setPage({ name: 'format' });
}

export function closeFormat() {
  useStore.getState().setPage({ name: 'rules' });
  requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="rules-format-link"]')?.focus());
}

export function closeRules() {
  const back = opener;
  opener = null;
  useStore.getState().setPage({ name: 'journey' });
  // The journey page is drawn again first; then focus goes back where the person was.
  requestAnimationFrame(() => {
    if (back?.isConnected) back.focus();
    else document.getElementById('main')?.focus();
  });
}
