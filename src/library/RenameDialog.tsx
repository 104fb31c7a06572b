import { useId, useState } from 'react';
import { useModalDialog } from '../kit/useModalDialog';
import { useTranslation } from 'react-i18next';
import { renameJourney } from '../io/later';
import type { LibraryEntry } from '../store/librarySlice';

/** Changes a journey's pseudonymous reference and display name. */
export function RenameDialog({ entry, onClose }: { entry: LibraryEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const [participantRef, setRef] = useState(entry.ref);
  const [name, setName] = useState(entry.name ?? '');
  const [error, setError] = useState(false);
  const refId = useId();
  const nameId = useId();
  const errorId = useId();
  const { dialogRef: ref } = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="rename-heading"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!participantRef.trim()) {
            setError(true);
            return;
          }
          await renameJourney(entry.key, participantRef.trim(), name.trim() || undefined);
          onClose();
        }}
      >
        <h2 id="rename-heading">{t('library.renameHeading')}</h2>
        <div className="form-field">
          <label htmlFor={refId}>{t('library.ref')}</label>
          <input
            id={refId}
            value={participantRef}
            onChange={(e) => setRef(e.target.value)}
            aria-invalid={error}
            aria-describedby={error ? errorId : undefined}
            maxLength={200}
            autoFocus
          />
          {error && (
            <p id={errorId} className="field-error">
              {t('library.refRequired')}
            </p>
          )}
        </div>
        <div className="form-field">
          <label htmlFor={nameId}>{t('library.name')}</label>
          <input id={nameId} value={name} onChange={(e) => setName(e.target.value)} maxLength={10000} />
        </div>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            {t('library.renameSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('edit.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
