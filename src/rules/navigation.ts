/**
 * Going to the rules page and back: the page to show is in the store; the page it was opened
 * from (journey, cohort or the accessibility statement) and the element that opened it are kept
 * here (DOM nodes do not belong in the store), so that "Tillbaka" returns there with focus on it.
 * The file format is a page below the rules page: its "Tillbaka" returns to the rules.
 */
import { useStore } from '../store';
import type { Page } from '../store/viewSlice';

let from: Page = { name: 'journey' };
let opener: HTMLElement | null = null;

export function openRules(kind?: string) {
  const page = useStore.getState().page;
  // Already on the rules or below them (a rule's link, the header's): where to return stays as it was.
  if (page.name !== 'rules' && page.name !== 'format') {
    from = page;
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  }
  useStore.getState().setPage({ name: 'rules', kind });
}

/** The page "Tillbaka" on the rules page returns to. */
export function rulesReturnTo(): 'journey' | 'cohort' | 'a11y' {
  return from.name === 'cohort' || from.name === 'a11y' ? from.name : 'journey';
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
  useStore.getState().setPage(from);
  from = { name: 'journey' };
  // The page is drawn again first; then focus goes back where the person was.
  requestAnimationFrame(() => {
    if (back?.isConnected && !back.closest('[hidden]')) back.focus();
    else document.getElementById('main')?.focus();
  });
}
