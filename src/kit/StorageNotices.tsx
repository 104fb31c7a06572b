import { useTranslation } from 'react-i18next';
import {
  acknowledgeBackups,
  dismissChangedElsewhere,
  dismissLibraryNotices,
  downloadBackup,
  flush,
  keepMine,
  retrySaving,
  saveAgainAfterLoss,
  saveMineAsCopy,
  takeTheirs,
} from '../io/later';
import type { AsideReason } from '../io/recoveryPlan';
import type { UnreadableReason } from '../io/storage';
import {
  selectChangedElsewhere,
  selectConflict,
  selectDuplicates,
  selectImportProgress,
  selectInterruptedImport,
  selectJourneyKey,
  selectLibraryStatus,
  selectNewBackups,
  selectNotMoved,
  selectPending,
  selectRecovered,
  selectSaveState,
  selectSource,
  useStore,
} from '../store';
import { ConfirmDialog } from './ConfirmDialog';
import { ExportJsonButton } from './ExportButtons';
import { IssueList } from './IssueList';
import { clock } from './SaveIndicator';

/** Backups made before issue 14 kept their reason in English words. */
const LEGACY: Record<string, UnreadableReason | AsideReason> = {
  'newer version': 'newerVersion',
  'invalid journey': 'invalidJourney',
  'damaged record': 'damagedRecord',
  'not a record': 'damagedRecord',
};

function useReason() {
  const { t } = useTranslation();
  return (reason: string) => {
    const code = LEGACY[reason] ?? reason;
    if (code === 'demoKey') return t('writeAhead.reason.demoKey');
    return code === 'newerVersion' || code === 'invalidJourney' || code === 'damagedRecord'
      ? t(`storage.reason.${code}`)
      : reason;
  };
}

/**
 * A save that failed, and every journey still waiting to be saved: on screen until it is
 * resolved, with what failed, why, and what the person can do.
 */
export function SaveFailure({ testId = 'save-error' }: { testId?: string }) {
  const { t } = useTranslation();
  const reasonText = useReason();
  const saveState = useStore(selectSaveState);
  const pending = useStore(selectPending);
  const openKey = useStore(selectJourneyKey);
  const status = useStore(selectLibraryStatus);
  const demoShown = useStore(selectSource).kind === 'demo';
  if (status === 'lost' || (saveState.kind !== 'error' && pending.length === 0)) return null;
  const error = saveState.kind === 'error' ? saveState : null;
  const onlyHere = pending.filter((p) => p.onlyHere);
  return (
    <section className="notice notice-error" role="alert" data-testid={testId}>
      {error && <p>{error.action === 'load' ? t('writeAhead.loadFailed') : t(`storage.failed.${error.action}`)}</p>}
      {error?.reason === 'invalid' && (
        <>
          <p>{t('storage.invalid')}</p>
          <IssueList issues={error.problems} />
        </>
      )}
      {error?.reason === 'unreadable' && (
        <p>
          {t('storage.unreadable', {
            ref: pending.find((p) => p.key === error.key)?.ref ?? error.key,
            reason: reasonText(error.stored),
          })}
        </p>
      )}
      {error && error.reason !== 'invalid' && error.reason !== 'unreadable' && (
        <p>
          {error.action === 'load' ? t('writeAhead.loadCause') : t(`storage.cause.${error.reason}`)}
          {error.reason !== 'exists' && (
            <>
              {' '}
              <small className="muted">{t('storage.technical', { message: error.message })}</small>
            </>
          )}
        </p>
      )}
      {pending.length > 0 && (
        <p data-testid="pending-count" data-count={pending.length}>
          {t('storage.pending', {
            count: pending.length,
            refs: pending.map((p) => p.ref).join(', '),
          })}
        </p>
      )}
      {onlyHere.length > 0 && (
        <p data-testid="only-here">
          <strong>
            {t('safeguards.onlyHere', { count: onlyHere.length, refs: onlyHere.map((p) => p.ref).join(', ') })}
          </strong>
        </p>
      )}
      {/* Said of the journey on screen only when it is one; with the demo shown, where the others are. */}
      {!demoShown ? <p>{t('storage.openShown')}</p> : pending.length > 0 && <p>{t('writeAhead.demoShown')}</p>}
      <div className="notice-actions">
        <ExportJsonButton />
        {error?.reason !== 'invalid' && (
          <button type="button" onClick={() => void retrySaving()}>
            {t('storage.retry')}
          </button>
        )}
        {error?.reason === 'unreadable' && error.key === openKey && (
          <button type="button" onClick={() => void flush(true)}>
            {t('storage.saveOverUnreadable')}
          </button>
        )}
      </div>
    </section>
  );
}

/** What the person must know about saving: failures, unreadable data, a lost database, other tabs. */
export function StorageNotices() {
  const { t } = useTranslation();
  const reasonText = useReason();
  const status = useStore(selectLibraryStatus);
  const backups = useStore(selectNewBackups);
  const notMoved = useStore(selectNotMoved);
  const conflict = useStore(selectConflict);
  const elsewhere = useStore(selectChangedElsewhere);
  const progress = useStore(selectImportProgress);
  const recovered = useStore(selectRecovered);
  const interrupted = useStore(selectInterruptedImport);
  const duplicates = useStore(selectDuplicates);
  return (
    <div className="notices">
      {status === 'unavailable' && (
        <section className="notice notice-warning" role="status" data-testid="storage-unavailable">
          <p>{t('save.unavailable')}</p>
          <ExportJsonButton />
        </section>
      )}
      {status === 'lost' && (
        <section className="notice notice-error" role="alert" aria-labelledby="lost-heading" data-testid="storage-lost">
          <h2 id="lost-heading">{t('storage.lostHeading')}</h2>
          <p>{t('storage.lostText')}</p>
          <div className="notice-actions">
            <button type="button" onClick={() => void saveAgainAfterLoss()}>
              {t('storage.resave')}
            </button>
            <ExportJsonButton />
          </div>
        </section>
      )}
      <SaveFailure />
      {progress && (
        <section className="notice notice-warning notice-floating" role="status" data-testid="import-progress">
          <p>
            {progress.stage === 'saving'
              ? t('storage.importSaving', { count: progress.total })
              : t('storage.importSummarising', { done: progress.done, total: progress.total })}
          </p>
          <progress max={progress.total} value={progress.stage === 'saving' ? undefined : progress.done} />
        </section>
      )}
      {(recovered || interrupted || duplicates) && (
        <section className="notice notice-warning" role="status" data-testid="library-notices">
          {recovered && (
            <p>
              {t('storage.recovered', { count: recovered.count })}
              {recovered.asCopy > 0 && <> {t('storage.recoveredAsCopy')}</>}
              {recovered.otherJourney > 0 && (
                <> {t('writeAhead.recoveredOtherJourney', { count: recovered.otherJourney })}</>
              )}
            </p>
          )}
          {interrupted && (
            <p>{t('storage.importInterrupted', { count: interrupted.count, files: interrupted.files.join(', ') })}</p>
          )}
          {duplicates && duplicates.skipped > 0 && <p>{t('storage.importSkipped', { count: duplicates.skipped })}</p>}
          {duplicates && duplicates.keptBoth > 0 && (
            <p>{t('storage.importKeptBoth', { count: duplicates.keptBoth })}</p>
          )}
          <button type="button" onClick={dismissLibraryNotices}>
            {t('storage.dismiss')}
          </button>
        </section>
      )}
      {notMoved.length > 0 && (
        <section
          className="notice notice-warning"
          role="alert"
          aria-labelledby="not-moved-heading"
          data-testid="not-moved"
        >
          <h2 id="not-moved-heading">{t('storage.notMovedHeading')}</h2>
          <p>{t('storage.notMovedText')}</p>
          <ul>
            {notMoved.map((b) => (
              <li key={b.id}>
                {b.source === 'writeAhead'
                  ? t('writeAhead.notMovedItem', { name: b.ref ?? b.key, reason: reasonText(b.reason) })
                  : t('storage.notMovedItem', { key: b.key, reason: reasonText(b.reason) })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {backups.length > 0 && (
        <section
          className="notice notice-warning"
          role="alert"
          aria-labelledby="backups-heading"
          data-testid="backups-notice"
        >
          <h2 id="backups-heading">
            {backups.every((b) => b.source === 'writeAhead')
              ? t('writeAhead.backupsHeading')
              : t('save.backupsHeading')}
          </h2>
          <p>{t('save.backupsText')}</p>
          <ul>
            {backups.map((b) => (
              <li key={b.id}>
                {b.source === 'writeAhead'
                  ? t('writeAhead.backupItem', { name: b.ref ?? b.key, reason: reasonText(b.reason) })
                  : t('save.backupItem', { key: b.key, reason: reasonText(b.reason) })}{' '}
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
