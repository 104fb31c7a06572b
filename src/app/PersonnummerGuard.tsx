import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findPersonnummer } from '../domain/personnummer';
import { personnummerHits } from '../store/prepare';
import { selectJourney, useStore } from '../store';

/**
 * A warning while anything in the open journey looks like a personal identity number. Loaded
 * after the first paint (PersonnummerGuardLater.tsx): the guard is not needed to draw a journey.
 */
export function PersonnummerGuard() {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const hits = useMemo(() => personnummerHits(journey, findPersonnummer), [journey]);
  if (hits.length === 0) return null;
  return (
    <section
      className="notice notice-warning"
      role="alert"
      aria-labelledby="pnr-heading"
      data-testid="personnummer-warning"
    >
      <h2 id="pnr-heading">{t('guard.heading')}</h2>
      <p>{t('guard.text')}</p>
      <ul className="issue-list">
        {hits.map((h, i) => (
          <li key={`${h.path}-${i}`}>
            <code className="issue-path">{h.path}</code>: {t('issue.personnummer', { ...h.params })}
          </li>
        ))}
      </ul>
    </section>
  );
}
