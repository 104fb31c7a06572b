import { useTranslation } from 'react-i18next';
import { selectJourney, selectJourneyKey, selectLibraryStatus, selectSaveState, useStore } from '../store';
import { unsavedInFiles, useFilesOnly } from '../store/filesOnly';

const clock = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/**
 * "Sparad 14:05": when the open journey was last saved in this browser; in files-only mode
 * "Ej sparad" while it is in no file as it is, "Sparad i fil 14:05" after a save to a file.
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useStore(selectSaveState);
  const status = useStore(selectLibraryStatus);
  const journey = useStore(selectJourney);
  const journeyKey = useStore(selectJourneyKey);
  const copy = useFilesOnly((s) => s.copy);
  if (status === 'filesOnly') {
    const unsaved = unsavedInFiles({ journey, journeyKey }, copy);
    return (
      <span
        className="save-indicator"
        role="status"
        data-testid="save-indicator"
        data-library={status}
        data-unsaved={unsaved ? '' : undefined}
      >
        {unsaved
          ? t('fileMode.notSaved')
          : copy?.savedAt
            ? t('fileMode.savedToFile', { time: clock(copy.savedAt) })
            : ''}
      </span>
    );
  }
  const text =
    status === 'unavailable' || status === 'lost'
      ? t('save.notSaved')
      : state.kind === 'saved'
        ? t('save.saved', { time: clock(state.at) })
        : state.kind === 'saving' || state.kind === 'pending'
          ? t('save.saving')
          : state.kind === 'error'
            ? t('save.notSaved')
            : '';
  return (
    <span
      className={`save-indicator${state.kind === 'error' || status === 'lost' ? ' is-error' : ''}`}
      role="status"
      data-testid="save-indicator"
      data-saved-at={state.kind === 'saved' && status === 'ready' ? state.at : undefined}
      // Whether the library has been read yet (it loads after the first paint): for tests and tools.
      data-library={status}
    >
      {text}
    </span>
  );
}

export { clock };
