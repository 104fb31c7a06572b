/**
 * The saved cohorts are gone under the page (issue 28, items 10 and 11): the whole database
 * deleted (another tab, "clear site data"), or the cohort on screen removed in another tab.
 * Said in words; what is on screen stays; the cohort on screen can be saved again or exported.
 */
import { useTranslation } from 'react-i18next';
import { serializeCohort } from '../../domain';
import { download } from '../../io/download';
import { cohortFileName } from '../../io/fileName';
import { todayIso } from '../../i18n/format';
import { selectCohort, useStore } from '../../store';

export function CohortGone({
  why,
  onResave,
  onDismiss,
}: {
  why: 'lost' | 'removed';
  onResave: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const current = useStore(selectCohort);
  // What can be saved again: a cohort that was saved (the demo never is).
  const shown = current && current.source.kind !== 'demo' && current.key !== null ? current : null;
  return (
    <section
      className="notice notice-error"
      role="alert"
      aria-labelledby="cohort-gone-heading"
      data-testid="cohorts-gone"
    >
      <h3 id="cohort-gone-heading">{t(why === 'lost' ? 'cohortTabs.lostHeading' : 'cohortTabs.removedHeading')}</h3>
      <p>
        {why === 'lost' ? t('cohortTabs.lostText') : t('cohortTabs.removedText', { name: shown?.name ?? '' })}
        {why === 'lost' && shown && <> {t('cohortTabs.lostShown', { name: shown.name })}</>}
        {why === 'lost' && current?.source.kind === 'demo' && <> {t('cohortTabs.lostDemo')}</>}
      </p>
      <div className="notice-actions">
        {shown && (
          <>
            <button type="button" onClick={onResave}>
              {t('cohortTabs.resave')}
            </button>
            <button
              type="button"
              onClick={() =>
                download(
                  serializeCohort({ format: 'cohort', version: 1, journeys: shown.journeys }),
                  cohortFileName(shown.name, todayIso()),
                  'application/json',
                )
              }
            >
              {t('cohortTabs.exportShown')}
            </button>
          </>
        )}
        {!shown && (
          <button type="button" onClick={onDismiss}>
            {t('cohortTabs.dismiss')}
          </button>
        )}
      </div>
    </section>
  );
}
