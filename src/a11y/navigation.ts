/**
 * Going to the accessibility statement and back: the page it was opened from (journey,
 * rules or cohort) and the element that opened it are kept, so that "Tillbaka" returns there.
 */
import { useStore } from '../store';
import type { Page } from '../store/viewSlice';

let from: Page = { name: 'journey' };
let opener: HTMLElement | null = null;

export function openStatement() {
  const page = useStore.getState().page;
  if (page.name === 'a11y') return;
  from = page;
  opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  useStore.getState().setPage({ name: 'a11y' });
}

export function closeStatement() {
  const back = opener;
  opener = null;
  useStore.getState().setPage(from);
  requestAnimationFrame(() => {
    if (back?.isConnected && !back.closest('[hidden]')) back.focus();
    else document.getElementById('main')?.focus();
  });
}
