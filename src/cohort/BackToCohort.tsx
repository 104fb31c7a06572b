/**
 * Above a journey opened from the cohort: where it came from, and the way back. Such a journey
 * is never saved by itself (issue 28): its first edit asks "Spara en kopia under Resor?", and
 * after "Ändra bara här" the bar says the changes are not saved and still offers the copy. In
 * files-only mode there is no library to copy it to: the bar offers "Spara i fil" instead.
 */
import { useTranslation } from 'react-i18next';
import { saveCohortCopy } from '../io/later';
import { announce } from '../kit/announce';
import { ChoiceDialog } from '../kit/ConfirmDialog';
import { isolate } from '../kit/isolate';
import { focusSoon } from '../kit/focusAfter';
import { type AppState, selectJourney, selectSource, useStore } from '../store';
import { backToCohort } from './navigation';
import { SaveToFileButton } from '../kit/ExportButtons';
import { useFilesOnly } from '../store/filesOnly';

type CohortSource = Extract<AppState['source'], { kind: 'cohort' }>;

export function BackToCohort({ name }: { name: string }) {
  const { t } = useTranslation();
  const source = useStore(selectSource);
  const journey = useStore(selectJourney);
  const edited = source.kind === 'cohort' && journey !== source.original;
  const files = useFilesOnly((s) => s.mode === 'files');
  const saveCopy = () => {
    void saveCohortCopy().then(() => announce(t('cohortCopy.saved')));
    focusSoon(() => [document.querySelector<HTMLElement>('[data-testid="edit-participant"]')]);
  };
  const onlyHere = () => {
    const s = useStore.getState().source;
    if (s.kind === 'cohort') useStore.setState({ source: { ...s, onlyHere: true } satisfies CohortSource });
  };
  return (
    <div className="notice notice-warning back-to-cohort" data-testid="back-to-cohort-bar">
      <button type="button" id="back-to-cohort" onClick={backToCohort}>
        ← {t('cohort.back')}
      </button>{' '}
      <span>{t('cohort.openedFrom', { name })}</span>
      {edited && files && (
        <>
          {' '}
          <strong data-testid="cohort-not-saved">{t('cohortCopy.notSaved')}</strong> <SaveToFileButton />
        </>
      )}
      {edited && !files && source.onlyHere && (
        <>
          {' '}
          <strong data-testid="cohort-not-saved">{t('cohortCopy.notSaved')}</strong>{' '}
          <button type="button" className="primary" onClick={saveCopy}>
            {t('cohortCopy.save')}
          </button>
        </>
      )}
      {edited && !files && !source.onlyHere && (
        <ChoiceDialog
          title={t('cohortCopy.question')}
          titleId="cohort-copy-title"
          describedBy="cohort-copy-text"
          testId="cohort-copy-question"
          onCancel={onlyHere}
          answers={[
            { label: t('cohortCopy.save'), className: 'primary', onClick: saveCopy },
            // The safe answer (nothing enters the library) has focus and is Escape's.
            { label: t('cohortCopy.onlyHere'), onClick: onlyHere, focused: true },
          ]}
        >
          <p id="cohort-copy-text">{t('cohortCopy.text', { name: isolate(name) })}</p>
        </ChoiceDialog>
      )}
    </div>
  );
}
