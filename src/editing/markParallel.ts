/**
 * Issue 21's one-click fix: an intervention counted beside the main line, or as the main
 * activity again, as one undoable edit of the journey (the store's own edit path, so Ctrl+Z
 * undoes it), said to screen readers.
 */
import { setParallel } from '../domain';
import { i18next } from '../i18n';
import { useStore } from '../store';
import { announce } from '../kit/announce';

export function markParallel(id: string, parallel: boolean, name: string) {
  useStore.getState().editJourney((journey) => setParallel(journey, id, parallel));
  announce(i18next.t(parallel ? 'parallel.announce.beside' : 'parallel.announce.main', { name }));
}
