import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deleteJourney, duplicateJourney, openDemo, openFromLibrary } from '../io/later';
import { selectEntries, selectJourneyKey, selectLibraryStatus, useStore } from '../store';
import type { LibraryEntry } from '../store/librarySlice';
import { ConfirmDialog } from '../kit/ConfirmDialog';
import { useModalDialog } from '../kit/useModalDialog';
import { useLabels } from '../kit/useLabels';
import { SaveFailure } from '../kit/StorageNotices';
import { RenameDialog } from './RenameDialog';
import { StorageModeDialog } from './StorageModeDialogLater';
import { announce } from '../kit/announce';
import { focusSoon } from '../kit/focusAfter';

/** The journeys kept in this browser: open, copy, rename, delete, or start a new one. */
export function LibraryDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { dialogRef: ref } = useModalDialog();
  const entries = useStore(selectEntries);
  const status = useStore(selectLibraryStatus);
  const openKey = useStore(selectJourneyKey);
  const labels = useLabels();
  const [deleting, setDeleting] = useState<LibraryEntry | null>(null);
  const [renaming, setRenaming] = useState<LibraryEntry | null>(null);
  const [choosingMode, setChoosingMode] = useState(false);

  const openAndClose = async (key: string) => {
    await openFromLibrary(key);
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className="dialog library"
      aria-labelledby="library-heading"
      data-testid="library"
      onCancel={(e) => {
        e.preventDefault();
        if (!deleting && !renaming && !choosingMode) onClose();
      }}
    >
      <h2 id="library-heading">{t('library.heading')}</h2>
      <div className="dialog-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            // The participant form asks for the reference and the rest first.
            onClose();
            useStore.getState().setParticipantForm('new');
          }}
        >
          {t('library.new')}
        </button>
        {/* The built-in demo is one of the journeys to open (the toolbar keeps room for "Ny resa"). */}
        <button
          type="button"
          onClick={async () => {
            await openDemo();
            onClose();
          }}
        >
          {t('toolbar.demo')}
        </button>
        {/* Where journeys are kept: here, or only in files (issue 25, item 13). */}
        <button type="button" onClick={() => setChoosingMode(true)} data-testid="storage-mode">
          {t('fileMode.settings.open')}
        </button>
        <button type="button" onClick={onClose}>
          {t('library.close')}
        </button>
      </div>
      {/* A rename, copy, delete or import that failed is told here too, not only behind the dialog. */}
      <SaveFailure testId="library-save-error" />
      {status === 'loading' && <p>{t('library.loading')}</p>}
      {status === 'ready' && entries.length === 0 && <p>{t('library.empty')}</p>}
      {entries.length > 0 && (
        <table className="library-table">
          <thead>
            <tr>
              <th scope="col">{t('library.ref')}</th>
              <th scope="col">{t('library.updated')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('library.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.key} data-entry={e.key} aria-current={e.key === openKey ? 'true' : undefined}>
                <th scope="row">
                  {/* At most three lines, cut at any letter: a long name leaves the other columns their room. */}
                  <div className="entry-title">
                    <span className="entry-ref">{e.ref}</span>
                    {e.name && <span className="entry-name"> – {e.name}</span>}
                    {e.key === openKey && <span className="tag"> ({t('library.opened')})</span>}
                    {e.unsaved && (
                      <span className="tag is-error" data-testid="unsaved-tag">
                        {' '}
                        ({t('storage.unsavedTag')})
                      </span>
                    )}
                  </div>
                  <div className="entry-figures">
                    {t('library.figures', {
                      gap: e.gapDays,
                      grey: e.greyZoneDays,
                      until: e.supportedUntil ? labels.day(e.supportedUntil) : t('library.openEnded'),
                    })}
                  </div>
                </th>
                <td>
                  {new Date(e.updatedAt).toLocaleString(labels.language === 'sv' ? 'sv-SE' : 'en-GB', {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </td>
                <td className="entry-actions">
                  <button
                    type="button"
                    onClick={() => void openAndClose(e.key)}
                    aria-label={`${t('library.open')} ${e.ref}`}
                  >
                    {t('library.open')}
                  </button>
                  <button
                    type="button"
                    onClick={async () => {
                      const before = useStore.getState().entries.length;
                      await duplicateJourney(e.key, t('library.copySuffix'));
                      if (useStore.getState().entries.length > before)
                        announce(t('a11y.announce.journeyCopied', { ref: e.ref }));
                    }}
                    aria-label={`${t('library.duplicate')} ${e.ref}`}
                  >
                    {t('library.duplicate')}
                  </button>
                  <button type="button" onClick={() => setRenaming(e)} aria-label={`${t('library.rename')} ${e.ref}`}>
                    {t('library.rename')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setDeleting(e)}
                    aria-label={`${t('library.delete')} ${e.ref}`}
                  >
                    {t('library.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('library.delete')}
          confirmLabel={t('library.confirmDeleteYes')}
          cancelLabel={t('edit.cancel')}
          danger
          onConfirm={async () => {
            const key = deleting.key;
            const index = entries.findIndex((x) => x.key === key);
            setDeleting(null);
            await deleteJourney(key);
            if (!useStore.getState().entries.some((x) => x.key === key)) announce(t('a11y.announce.journeyDeleted'));
            // The row goes: focus moves to the row that takes its place, else to "Ny resa".
            focusSoon(() => {
              const rows = ref.current?.querySelectorAll('[data-entry]') ?? [];
              const row = rows[Math.min(index, rows.length - 1)];
              return [row?.querySelector('button.danger'), ref.current?.querySelector('button.primary')];
            });
          }}
          onCancel={() => setDeleting(null)}
        >
          <p>{t('library.confirmDelete', { ref: deleting.ref })}</p>
        </ConfirmDialog>
      )}
      {renaming && <RenameDialog entry={renaming} onClose={() => setRenaming(null)} />}
      {choosingMode && <StorageModeDialog onClose={() => setChoosingMode(false)} />}
    </dialog>
  );
}
