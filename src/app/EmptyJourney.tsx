import { useTranslation } from 'react-i18next';
import type { Journey } from '../domain';
import { type AppState, useStore } from '../store';

const selectSetEditTarget = (s: AppState) => s.setEditTarget;

/** Nothing to draw yet: no intervention, mandate, event or marking. */
export function isEmptyJourney(journey: Journey): boolean {
  return [journey.interventions, journey.mandates, journey.events, journey.annotations].every(
    (list) => (list?.length ?? 0) === 0,
  );
}

/** In place of the chart while the journey has nothing in it: what to do first. */
export function EmptyJourney() {
  const { t } = useTranslation();
  const setEditTarget = useStore(selectSetEditTarget);
  return (
    <section className="timeline panel empty-journey" aria-labelledby="timeline-heading" data-testid="empty-journey">
      <div className="timeline-head">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      </div>
      <div className="empty-journey-body">
        <p className="empty-journey-heading">{t('newJourney.empty.heading')}</p>
        <p>{t('newJourney.empty.text')}</p>
        <button type="button" className="primary" onClick={() => setEditTarget({ list: 'interventions' })}>
          + {t('newJourney.empty.add')}
        </button>
      </div>
    </section>
  );
}
