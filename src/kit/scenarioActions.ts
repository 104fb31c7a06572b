/**
 * Quick actions where the problem is: each makes a named scenario and turns it on. In the kit
 * because the timeline's details, the findings list and the scenario panel all offer them.
 */
import { type Change, addScenario, freshScenarioId, removeScenario } from '../domain';
import { i18next } from '../i18n';
import { useStore } from '../store';
import { announce } from './announce';
import { focusSoon } from './focusAfter';

/**
 * After a scenario is saved the chart shows its effect: a details card pinned over the chart
 * closes (it would hide a third of it and block clicks on the bars under it), and focus goes
 * back to the bar it was about.
 */
export function closeChartCard(): void {
  const store = useStore.getState();
  const sel = store.selection;
  if (!sel || (sel.kind !== 'intervention' && sel.kind !== 'mandate' && sel.kind !== 'event')) return;
  store.select(null);
  const attribute = { intervention: 'data-bar', mandate: 'data-mandate', event: 'data-event' }[sel.kind];
  focusSoon(() => [
    document.querySelector(`[data-testid="timeline"] [${attribute}="${CSS.escape(sel.id)}"]`),
    document.querySelector('[data-testid="timeline"]'),
  ]);
}

/**
 * Opens the scenario editor on a new scenario that is not in the journey yet: it is added
 * (and switched on) only when the editor saves it, so a cancel leaves nothing behind.
 */
export function draftScenario(name: string, changes: Change[]): void {
  const store = useStore.getState();
  store.openScenarioDraft({ id: freshScenarioId(store.journey), name, changes });
}

/** Adds a scenario and switches it on: one undoable step, for a one-click action that says what it does. */
export function createScenario(name: string, changes: Change[]): string {
  const store = useStore.getState();
  let id = '';
  store.editJourney((journey) => {
    const result = addScenario(journey, name, changes);
    id = result.id;
    return result.journey;
  });
  store.setScenarioActive(id, true);
  closeChartCard();
  announce(i18next.t('a11y.announce.scenarioCreated', { name }));
  return id;
}

export function deleteScenario(id: string) {
  const store = useStore.getState();
  const name = store.journey.scenarios?.find((s) => s.id === id)?.name ?? id;
  store.setScenarioActive(id, false);
  store.editJourney((journey) => removeScenario(journey, id));
  announce(i18next.t('a11y.announce.scenarioDeleted', { name }));
}
