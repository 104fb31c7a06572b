import { useTranslation } from 'react-i18next';
import { selectLibraryStatus, selectSaveState, useStore } from '../store';

const clock = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

/** "Sparad 14:05": when the open journey was last saved in this browser. */
export function SaveIndicator() {
  const { t } = useTranslation();
  const state = useStore(selectSaveState);
  const status = useStore(selectLibraryStatus);
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
