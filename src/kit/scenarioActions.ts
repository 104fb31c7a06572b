/**
 * Quick actions where the problem is: each makes a named scenario and turns it on. In the kit
 * because the timeline's details, the findings list and the scenario panel all offer them.
 */
import { type Change, addScenario, removeScenario } from '../domain';
import { i18next } from '../i18n';
import { useStore } from '../store';
import { announce } from './announce';

export function createScenario(name: string, changes: Change[], openEditor = false): string {
  const store = useStore.getState();
  let id = '';
  store.editJourney((journey) => {
    const result = addScenario(journey, name, changes);
    id = result.id;
    return result.journey;
  });
  store.setScenarioActive(id, true);
  if (openEditor) store.setScenarioEditor(id);
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
