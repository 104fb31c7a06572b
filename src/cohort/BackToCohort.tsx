/** Above a journey opened from the cohort: where it came from, and the way back. */
import { useTranslation } from 'react-i18next';
import { backToCohort } from './navigation';

export function BackToCohort({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-warning back-to-cohort" data-testid="back-to-cohort-bar">
      <button type="button" id="back-to-cohort" onClick={backToCohort}>
        ← {t('cohort.back')}
      </button>{' '}
      <span>{t('cohort.openedFrom', { name })}</span>
    </div>
  );
}
