/** Quick actions where the problem is: each makes a named scenario and turns it on. */
import { type Change, addScenario, removeScenario } from '../domain';
import { useStore } from '../store';

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
  return id;
}

export function deleteScenario(id: string) {
  const store = useStore.getState();
  store.setScenarioActive(id, false);
  store.editJourney((journey) => removeScenario(journey, id));
}
