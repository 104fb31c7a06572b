/**
 * A load whose reader failed or fell silent (issue 28): which file it was reading, that nothing
 * new was saved, and "Försök igen" with the same files.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SILENCE_MS, type WorkerLost } from '../../workers/cohortClient';

export function LoadLost({ lost, onRetry }: { lost: WorkerLost; onRetry: () => void }) {
  const { t } = useTranslation();
  const retry = useRef<HTMLButtonElement>(null);
  // The progress bar and its "Avbryt" are gone: focus, if it went with them, comes here.
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) retry.current?.focus();
  }, []);
  const file = lost.file ?? '–';
  return (
    <div className="notice notice-error" data-testid="cohort-load-lost">
      <p role="status">
        {lost.reason === 'error'
          ? t('cohortFaults.lostError', { file, detail: lost.detail })
          : t('cohortFaults.lostSilent', { file, minutes: Math.round(SILENCE_MS / 60_000) })}
      </p>
      <button ref={retry} type="button" className="primary" onClick={onRetry}>
        {t('cohortFaults.retry')}
      </button>
    </div>
  );
}
