import { Suspense, lazy, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingsList } from '../findings/FindingsList';
import { InterventionsTable } from '../findings/InterventionsTable';
import { OtherItems } from '../findings/ItemTables';
import { Summary } from '../findings/Summary';
import { ScenarioEditor } from '../scenarios/ScenarioEditor';
import { SideBySide } from '../scenarios/SideBySide';
import { ScenarioPanel } from '../scenarios/ScenarioPanel';
import { ScenarioSummary } from '../scenarios/ScenarioSummary';
import { useScenarioView } from '../scenarios/useScenarioView';
import { Details } from '../timeline/Details';
import { Timeline } from '../timeline/Timeline';
import { LANGUAGES, type Language } from '../i18n';
import { type AppState, selectJourney, selectLanguage, selectPage, selectSource, useStore } from '../store';
import { openRules } from '../rules/navigation';
import { EditDialog } from '../editing/EditDialog';
import { selectEditTarget, selectJourneyKey, selectScenarioEditor, selectSideBySide } from '../store';
import { DropZone } from './DropZone';
import { ImportReport } from './ImportReport';
import { PersonnummerGuard } from './PersonnummerGuard';
import { StorageNotices } from './StorageNotices';
import { useUndoShortcuts } from './useUndoShortcuts';
import { JourneyHeader } from './JourneyHeader';
import { PrintNote } from './print/PrintNote';
import { Toolbar } from './Toolbar';
import { useAnalysis } from './useAnalysis';
import { BackToCohort } from '../cohort/BackToCohort';
import { showCohort, showJourney } from '../cohort/navigation';
import { useLabels } from './useLabels';
import { Announcer } from './Announcer';
import { openStatement } from '../a11y/navigation';

const selectSetLanguage = (s: AppState) => s.setLanguage;
const selectClear = (s: AppState) => s.select;
const selectHover = (s: AppState) => s.hover;
const selectSetEditTarget = (s: AppState) => s.setEditTarget;
const selectSetScenarioEditor = (s: AppState) => s.setScenarioEditor;
const selectSetSideBySide = (s: AppState) => s.setSideBySide;
const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };
// The rules page is read now and then, not in every meeting: its code loads when it opens.
const RulesPage = lazy(() => import('../rules/RulesPage'));
// The cohort view is the coordinator's: its code loads when it first opens, then stays mounted.
const CohortPage = lazy(() => import('../cohort/CohortPage'));
// The accessibility statement, like the rules, loads when it opens.
const StatementPage = lazy(() => import('../a11y/StatementPage'));

export function App() {
  const { t, i18n } = useTranslation();
  const journey = useStore(selectJourney);
  const source = useStore(selectSource);
  const language = useStore(selectLanguage);
  const setLanguage = useStore(selectSetLanguage);
  const { analysis, asOf, asOfIsToday } = useAnalysis();
  const labels = useLabels();
  const scenarioView = useScenarioView(analysis);
  const select = useStore(selectClear);
  const hover = useStore(selectHover);
  const editTarget = useStore(selectEditTarget);
  const setEditTarget = useStore(selectSetEditTarget);
  const scenarioEditor = useStore(selectScenarioEditor);
  const sideBySide = useStore(selectSideBySide);
  const setSideBySide = useStore(selectSetSideBySide);
  const setScenarioEditor = useStore(selectSetScenarioEditor);
  const page = useStore(selectPage);
  const [cohortOpened, setCohortOpened] = useState(false);
  if (page.name === 'cohort' && !cohortOpened) setCohortOpened(true);
  useUndoShortcuts();

  // Another journey: nothing of the last one stays chosen (edits keep the choice).
  const journeyKey = useStore(selectJourneyKey);
  useEffect(() => {
    select(null);
    hover(null);
    useStore.setState({ activeScenarios: [], scenarioEditor: null, sideBySide: false });
  }, [journeyKey, select, hover]);

  useEffect(() => {
    void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="app-title">{t('app.title')}</span>
          <span className="tagline">{t('app.tagline')}</span>
        </div>
        <div className="language page-switch" role="group" aria-label={t('cohort.nav.label')}>
          <button type="button" aria-pressed={page.name === 'journey'} onClick={showJourney} data-testid="nav-journey">
            {t('cohort.nav.journey')}
          </button>
          <button type="button" aria-pressed={page.name === 'cohort'} onClick={showCohort} data-testid="nav-cohort">
            {t('cohort.nav.cohort')}
          </button>
        </div>
        <div className="language" role="group" aria-label={t('app.language')}>
          {LANGUAGES.map((l) => (
            <button key={l} type="button" lang={l} aria-pressed={language === l} onClick={() => setLanguage(l)}>
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
      </header>
      <div className="journey-tools" hidden={page.name !== 'journey'}>
        <Toolbar />
        <StorageNotices />
        <ImportReport />
        <PersonnummerGuard />
      </div>
      <main id="main" tabIndex={-1}>
        {page.name === 'rules' && (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <RulesPage language={language} year={Number(asOf.slice(0, 4))} format={labels.day} focusKind={page.kind} />
          </Suspense>
        )}
        {page.name === 'a11y' && (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <StatementPage />
          </Suspense>
        )}
        {cohortOpened && (
          <div className="cohort-view" hidden={page.name !== 'cohort'}>
            <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
              <CohortPage />
            </Suspense>
          </div>
        )}
        {/* Hidden, not removed, while the rules or the cohort are read: zoom, choices and focus come back as they were. */}
        <div className="journey-page" hidden={page.name !== 'journey'}>
          {source.kind === 'cohort' && <BackToCohort name={source.name} />}
          <JourneyHeader
            journey={journey}
            source={source}
            analysis={analysis}
            asOf={asOf}
            asOfIsToday={asOfIsToday}
            labels={labels}
          />
          <PrintNote />
          <div className="workspace">
            <div className="workspace-main">
              {sideBySide ? (
                <SideBySide
                  journey={journey}
                  baseline={analysis}
                  asOf={asOf}
                  onClose={() => {
                    setSideBySide(false);
                    // The view's close button goes with it: focus returns to the switch that opened it.
                    requestAnimationFrame(() =>
                      document.querySelector<HTMLElement>('[data-side-by-side-toggle]')?.focus(),
                    );
                  }}
                />
              ) : (
                <Timeline
                  journey={journey}
                  analysis={analysis}
                  asOf={asOf}
                  asOfIsToday={asOfIsToday}
                  labels={labels}
                  scenario={scenarioView.scenario}
                />
              )}
              <Details journey={journey} analysis={analysis} asOf={asOf} labels={labels} />
            </div>
            <aside className="workspace-side" aria-label={t('totals.heading')}>
              {scenarioView.scenario && (
                <ScenarioSummary comparison={scenarioView.scenario.comparison} labels={labels} />
              )}
              <Summary analysis={analysis} labels={labels} />
              <ScenarioPanel outcomes={scenarioView.outcomes} />
              <FindingsList analysis={analysis} asOf={asOf} labels={labels} />
            </aside>
          </div>
          <InterventionsTable journey={journey} analysis={analysis} labels={labels} />
          <OtherItems journey={journey} labels={labels} />
        </div>
      </main>
      <footer className="app-footer">
        <span>{t('app.privacy')}</span>
        {page.name !== 'rules' && (
          <button type="button" className="link-button" onClick={() => openRules()}>
            {t('law.rulesLink')}
          </button>
        )}
        {page.name !== 'a11y' && (
          <button type="button" className="link-button" onClick={openStatement}>
            {t('a11y.statement.link')}
          </button>
        )}
      </footer>
      <Announcer />
      {editTarget && (
        <EditDialog
          key={`${editTarget.list}-${editTarget.id ?? 'new'}`}
          target={editTarget}
          onClose={() => setEditTarget(null)}
        />
      )}
      {scenarioEditor && <ScenarioEditor scenarioId={scenarioEditor} onClose={() => setScenarioEditor(null)} />}
      <DropZone />
    </div>
  );
}
