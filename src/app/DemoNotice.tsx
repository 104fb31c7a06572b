import { useTranslation } from 'react-i18next';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { saveDemoAsNew } from '../io/later';
import { type AppState, selectJourney, selectSource, useStore } from '../store';
import { announce } from '../kit/announce';
import { focusSoon } from '../kit/focusAfter';
import { SaveToFileButton } from '../kit/ExportButtons';
import { unsavedInFiles, useFilesOnly } from '../store/filesOnly';

const selectSetParticipantForm = (s: AppState) => s.setParticipantForm;

/**
 * While the built-in demo is shown: how to start one's own journey; once it is edited, that
 * the edits are not saved, with "Spara som ny resa".
 */
export function DemoNotice() {
  const { t } = useTranslation();
  const source = useStore(selectSource);
  const journey = useStore(selectJourney);
  const setParticipantForm = useStore(selectSetParticipantForm);
  const isDemo = source.kind === 'demo';
  const edited = isDemo && journey !== DEMO_JOURNEY;
  const files = useFilesOnly((s) => s.mode === 'files');
  const copy = useFilesOnly((s) => s.copy);
  const journeyKey = useStore((s) => s.journeyKey);
  if (!isDemo) return null;
  // Files only: there is no library to save it in, only a file; once saved there, the notice says so.
  if (edited && files)
    return (
      <p className="demo-notice is-edited" data-testid="demo-notice">
        <strong>
          {t(unsavedInFiles({ journey, journeyKey }, copy) ? 'newJourney.demo.editedFiles' : 'newJourney.demo.inFile')}
        </strong>{' '}
        <SaveToFileButton />
      </p>
    );
  if (edited) {
    return (
      <p className="demo-notice is-edited" data-testid="demo-notice">
        <strong>{t('newJourney.demo.edited')}</strong>{' '}
        <button
          type="button"
          className="primary"
          data-testid="save-demo-as-new"
          onClick={() => {
            saveDemoAsNew();
            announce(t('newJourney.demo.saved'));
            // The notice goes with the button: focus stays near, on the participant's details.
            focusSoon(() => [document.querySelector<HTMLElement>('[data-testid="edit-participant"]')]);
          }}
        >
          {t('newJourney.demo.saveAsNew')}
        </button>
      </p>
    );
  }
  return (
    <p className="demo-notice" data-testid="demo-notice">
      <span>{t('newJourney.demo.intro')}</span>{' '}
      <button type="button" className="primary" onClick={() => setParticipantForm('new')}>
        {t('newJourney.demo.newJourney')}
      </button>{' '}
      <button
        type="button"
        // The toolbar's file input: one way in for files, whichever button is pressed.
        onClick={() => document.querySelector<HTMLInputElement>('[data-testid="file-input"]')?.click()}
      >
        {t('newJourney.demo.openFile')}
      </button>
    </p>
  );
}
