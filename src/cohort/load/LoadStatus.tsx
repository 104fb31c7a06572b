import { useTranslation } from 'react-i18next';
import { LoadLost } from './LoadLost';
import type { LoadPhase } from './useCohortLoad';

/** Where a load stands, said in a live region: progress with cancel, or the outcome. */
export function LoadStatus({
  phase,
  onCancel,
  onRetry,
}: {
  phase: LoadPhase;
  onCancel: () => void;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  if (phase.name === 'lost') return <LoadLost lost={phase.lost} onRetry={onRetry} />;
  if (phase.name === 'reading') {
    const { filesRead, files, journeysRead } = phase.progress;
    return (
      <div className="load-progress" data-testid="cohort-load-progress">
        <progress max={files} value={filesRead} aria-label={t('cohortLoad.progressLabel')} />
        <span role="status">{t('cohortLoad.reading', { filesRead, files, journeys: journeysRead })}</span>
        <button type="button" onClick={onCancel}>
          {t('cohortLoad.cancel')}
        </button>
      </div>
    );
  }
  const say = (text: string, kind: 'info' | 'error' = 'info') => (
    <p role="status" className={kind === 'error' ? 'notice notice-error' : 'notice'} data-testid="cohort-load-status">
      {text}
    </p>
  );
  if (phase.name === 'saving') return say(t('cohortLoad.saving'));
  if (phase.name === 'cancelled') return say(t('cohortLoad.cancelled'));
  if (phase.name === 'failed')
    return say(
      phase.message === 'nothingRead'
        ? t('cohortLoad.nothingRead')
        : t('cohortLoad.readFailed', { message: phase.message }),
      'error',
    );
  if (phase.name !== 'done') return <p role="status" className="visually-hidden" />;
  const r = phase.result;
  if (!r.ok && r.reason === 'nothingNew') return say(t('cohortLoad.nothingNew'));
  if (!r.ok)
    return say(r.reason === 'quota' ? t('cohortLoad.quota') : t('cohortLoad.error', { message: r.message }), 'error');
  return say(
    [
      t('cohortLoad.loaded', { count: r.journeys.length, name: r.name }),
      r.skipped ? t('cohortLoad.skipped', { count: r.skipped }) : '',
      r.renamed ? t('cohortLoad.renamed', { count: r.renamed }) : '',
      r.replaced ? t('cohortLoad.replaced', { count: r.replaced }) : '',
      r.superseded ? t('cohort.exportSafety.superseded', { count: r.superseded }) : '',
      r.key === null ? t('fileMode.cohortNotSaved') : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}
