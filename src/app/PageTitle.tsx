/**
 * The page's <title> names the view (WCAG 2.4.2): the journey by its participant's reference,
 * the cohort by its name, the rules, the file format and the accessibility statement, in the
 * chosen language. Renders nothing; it follows the view, the journey, the cohort and the language.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppState, selectJourney, selectPage, useStore } from '../store';
import { isEmptyJourney } from './EmptyJourney';

const selectCohort = (s: AppState) => s.cohort;

export function PageTitle() {
  const { t, i18n } = useTranslation();
  // The demo cohort's name is in the cohort's messages, which load with the cohort view: drawn again when they come.
  const [, setAdded] = useState(0);
  useEffect(() => {
    const added = () => setAdded((n) => n + 1);
    i18n.store.on('added', added);
    return () => i18n.store.off('added', added);
  }, [i18n]);
  const page = useStore(selectPage);
  const journey = useStore(selectJourney);
  const cohort = useStore(selectCohort);
  let title: string;
  if (page.name === 'journey') {
    const ref = journey.participant.ref;
    title = isEmptyJourney(journey) ? t('app.pageTitle.emptyJourney', { ref }) : t('app.pageTitle.journey', { ref });
  } else if (page.name === 'cohort') {
    const name =
      cohort?.source.kind === 'demo'
        ? i18n.exists('cohort.demoName') && t('cohort.demoName', { count: cohort.journeys.length })
        : cohort?.name;
    title = name ? t('app.pageTitle.cohort', { name }) : t('app.pageTitle.cohortLoading');
  } else {
    title = t(`app.pageTitle.${page.name}`);
  }
  useEffect(() => {
    document.title = title;
  }, [title]);
  return null;
}
