import { useTranslation } from 'react-i18next';
import {
  acknowledgeBackups,
  dismissChangedElsewhere,
  downloadBackup,
  flush,
  keepMine,
  saveMineAsCopy,
  takeTheirs,
} from '../io/persistence';
import {
  selectChangedElsewhere,
  selectConflict,
  selectLibraryStatus,
  selectNewBackups,
  selectSaveState,
  useStore,
} from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportJsonButton } from './ExportButtons';
import { clock } from './SaveIndicator';

/** What the person must know about saving: a full quota, unreadable data moved aside, other tabs. */
export function StorageNotices() {
  const { t } = useTranslation();
  const saveState = useStore(selectSaveState);
  const status = useStore(selectLibraryStatus);
  const backups = useStore(selectNewBackups);
  const conflict = useStore(selectConflict);
  const elsewhere = useStore(selectChangedElsewhere);
  return (
    <div className="notices">
      {status === 'unavailable' && (
        <section className="notice notice-warning" role="status" data-testid="storage-unavailable">
          <p>{t('save.unavailable')}</p>
          <ExportJsonButton />
        </section>
      )}
      {saveState.kind === 'error' && (
        <section className="notice notice-error" role="alert" data-testid="save-error">
          <p>{saveState.reason === 'quota' ? t('save.quota') : t('save.error', { message: saveState.message })}</p>
          <div className="notice-actions">
            <ExportJsonButton />
            <button type="button" onClick={() => void flush(true)}>
              {t('save.retry')}
            </button>
          </div>
        </section>
      )}
      {backups.length > 0 && (
        <section
          className="notice notice-warning"
          role="alert"
          aria-labelledby="backups-heading"
          data-testid="backups-notice"
        >
          <h2 id="backups-heading">{t('save.backupsHeading')}</h2>
          <p>{t('save.backupsText')}</p>
          <ul>
            {backups.map((b) => (
              <li key={b.id}>
                {t('save.backupItem', { key: b.key, reason: b.reason })}{' '}
                <button type="button" onClick={() => void downloadBackup(b.id)}>
                  {t('save.downloadBackup')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={acknowledgeBackups}>
            {t('save.dismiss')}
          </button>
        </section>
      )}
      {elsewhere && !conflict && (
        <section className="notice notice-warning" role="status" data-testid="changed-elsewhere">
          <p>{t('save.elsewhere')}</p>
          <div className="notice-actions">
            <button type="button" onClick={() => void takeTheirs()}>
              {t('save.loadTheirs')}
            </button>
            <button type="button" onClick={dismissChangedElsewhere}>
              {t('save.keepWorking')}
            </button>
          </div>
        </section>
      )}
      {conflict && (
        <ConfirmDialog
          title={t('save.conflictHeading')}
          confirmLabel={t('save.keepMine')}
          cancelLabel={t('save.takeTheirs')}
          onConfirm={() => void keepMine()}
          onCancel={() => void takeTheirs()}
        >
          <p>{t('save.conflictText', { time: clock(conflict.theirTime) })}</p>
          <button type="button" onClick={() => void saveMineAsCopy()}>
            {t('save.saveCopy')}
          </button>
        </ConfirmDialog>
      )}
    </div>
  );
}
