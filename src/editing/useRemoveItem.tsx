import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ListName, type ScenarioUse, removeIntervention, removeItem, scenariosNaming } from '../domain';
import { useStore } from '../store';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { announce } from '../kit/announce';

type Asking = { id: string; name: string; uses: ScenarioUse[]; then?: () => void };

/**
 * Removing an item, the same from the details, the tables and the form. An intervention
 * that scenarios name is removed only after the person has seen what it does to those
 * scenarios (the changes that name it go; a scenario left empty goes), so that the journey
 * stays one that Resan accepts.
 */
export function useRemoveItem(): {
  remove: (list: ListName, id: string, name: string, then?: () => void) => void;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<Asking | null>(null);
  const remove = (list: ListName, id: string, name: string, then?: () => void) => {
    const { journey, editJourney } = useStore.getState();
    const uses = list === 'interventions' ? scenariosNaming(journey, id) : [];
    if (uses.length > 0) {
      setAsking({ id, name, uses, then });
      return;
    }
    editJourney((j) => (list === 'interventions' ? removeIntervention(j, id) : removeItem(j, list, id)));
    announce(t('a11y.announce.itemRemoved', { name }));
    then?.();
  };
  const dialog = asking && (
    <ConfirmDialog
      title={t('storage.removeHeading')}
      confirmLabel={t('storage.removeConfirm')}
      cancelLabel={t('storage.removeCancel')}
      danger
      onConfirm={() => {
        const { id, name, then } = asking;
        setAsking(null);
        useStore.getState().editJourney((j) => removeIntervention(j, id));
        announce(t('a11y.announce.itemRemoved', { name }));
        then?.();
      }}
      onCancel={() => setAsking(null)}
    >
      <p>{t('storage.removeText', { name: asking.name })}</p>
      <ul data-testid="remove-consequences">
        {asking.uses.map((u) => (
          <li key={u.id}>
            {u.emptied
              ? t('storage.removeScenario', { scenario: u.name })
              : t('storage.removeChanges', { scenario: u.name, count: u.changes })}
          </li>
        ))}
      </ul>
    </ConfirmDialog>
  );
  return { remove, dialog };
}
