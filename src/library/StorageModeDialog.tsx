import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { switchMode, unsavedNow } from '../io/filesOnly';
import { flush } from '../io/later';
import { type StorageMode, useFilesOnly } from '../store/filesOnly';
import { useModalDialog } from '../kit/useModalDialog';

/**
 * "Var resor sparas": in the browser (the library, saved automatically) or only in files
 * (issue 25, item 13). What a switch means is said before it happens: from the disk, that every
 * other local HTML file can read the browser's storage; journeys the library holds stay there;
 * a journey on screen that is in no file does not come along. The page then starts again in the
 * mode chosen (src/io/filesOnly.ts).
 */
export function StorageModeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { dialogRef } = useModalDialog();
  const { mode, fromDisk } = useFilesOnly();
  const [choice, setChoice] = useState<StorageMode>(mode);
  const [unsaved] = useState(unsavedNow);
  const name = useId();
  const changed = choice !== mode;
  const risky = changed && choice === 'browser' && fromDisk;
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${name}-heading`}
      data-testid="storage-mode-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${name}-heading`}>{t('fileMode.settings.heading')}</h2>
      <p>{mode === 'files' ? t('fileMode.settings.nowFiles') : t('fileMode.settings.nowBrowser')}</p>
      <fieldset className="radio-group radio-stack">
        <legend className="visually-hidden">{t('fileMode.settings.heading')}</legend>
        {(['browser', 'files'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name={name} checked={choice === m} onChange={() => setChoice(m)} />
            {t(m === 'files' ? 'fileMode.settings.files' : 'fileMode.settings.browser')}
          </label>
        ))}
      </fieldset>
      {changed && (
        <div data-testid="storage-mode-consequences">
          {risky && (
            <p className="notice notice-error">
              <strong>{t('fileMode.settings.toBrowserFromDisk')}</strong>
            </p>
          )}
          {choice === 'files' && <p>{t('fileMode.settings.toFiles')}</p>}
          {choice === 'browser' && unsaved && <p>{t('fileMode.settings.unsaved')}</p>}
          <p>{t('fileMode.settings.restart')}</p>
        </div>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          className={risky ? 'danger' : 'primary'}
          disabled={!changed}
          onClick={() => void switchMode(choice, () => flush())}
        >
          {risky ? t('fileMode.settings.applyAnyway') : t('fileMode.settings.apply')}
        </button>
        <button type="button" onClick={onClose}>
          {t('fileMode.settings.cancel')}
        </button>
      </div>
    </dialog>
  );
}
