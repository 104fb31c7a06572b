import { Suspense, lazy, memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FindingsList } from '../findings/FindingsList';
import { InterventionsTable } from '../findings/InterventionsTable';
import { OtherItems } from '../findings/ItemTables';
import { Summary } from '../findings/Summary';
import { ScenarioPanel } from '../scenarios/ScenarioPanel';
import { useScenarioView } from '../scenarios/useScenarioView';
import { DetailsLater } from '../timeline/DetailsLater';
import { Timeline } from '../timeline/Timeline';
import { LANGUAGES, type Language, loadLanguage, loadMessages, switchLanguage } from '../i18n';
import { type AppState, selectJourney, selectLanguage, selectPage, selectSource, useStore } from '../store';
import { openRules } from '../rules/navigation';
import { RulesLink } from '../rules/RulesLink';
import { selectEditTarget, selectJourneyKey, selectScenarioEditor, selectSideBySide } from '../store';
import { DropZone } from './DropZone';
import { ImportReport } from './ImportReport';
import { PersonnummerGuardLater } from './PersonnummerGuardLater';
import { StorageNoticesLater } from './StorageNoticesLater';
import { DiskNotice } from './DiskNotice';
import { useUndoShortcuts } from './useUndoShortcuts';
import { JourneyHeader } from './JourneyHeader';
import { PrintNote } from './print/PrintNote';
import { Toolbar } from './Toolbar';
import { useAnalysis } from '../kit/useAnalysis';
import { showCohort, showJourney } from '../cohort/navigation';
import { useLabels } from '../kit/useLabels';
import { Announcer } from '../kit/Announcer';
import { EmptyJourney, isEmptyJourney } from './EmptyJourney';
import { NewJourneyDialogs } from './NewJourneyDialogs';
import { PageTitle } from './PageTitle';
import { openStatement } from '../a11y/navigation';
import { MeetingModeButton, SummaryToggle } from './meeting/MeetingControls';
// Not lazy (0.7 KB gzipped): loaded on first use, it arrived 0.4-0.6 s after Mötesläge turned on and
// pushed the chart 70 px down on the projector.
import { FigureStrip } from './meeting/FigureStrip';
import { usePresentation } from '../store/presentation';

const selectSetLanguage = (s: AppState) => s.setLanguage;
const selectClear = (s: AppState) => s.select;
const selectHover = (s: AppState) => s.hover;
const selectSetEditTarget = (s: AppState) => s.setEditTarget;
const selectSetScenarioEditor = (s: AppState) => s.setScenarioEditor;
const selectSetSideBySide = (s: AppState) => s.setSideBySide;
const LANGUAGE_NAMES: Record<Language, string> = { sv: 'Svenska', en: 'English' };
// The rules page is read now and then, not in every meeting: its code loads when it opens.
const RulesPage = lazy(() => Promise.all([import('../rules/RulesPage'), loadMessages('rules')]).then(([m]) => m));
// The cohort view is the coordinator's: its code loads when it first opens, then stays mounted.
const CohortPage = lazy(() =>
  Promise.all([import('../cohort/CohortPage'), loadMessages('cohort', 'fileMode')]).then(([m]) => m),
);
// Not needed to show a journey (the first screen): the forms, the scenario editor and the side-by-side view load when first opened.
const EditDialog = lazy(() =>
  Promise.all([import('../editing/EditDialog'), loadMessages('edit')]).then(([m]) => ({ default: m.EditDialog })),
);
const ScenarioEditor = lazy(() =>
  Promise.all([import('../scenarios/ScenarioEditor'), loadMessages('edit', 'scenarioEditor')]).then(([m]) => ({
    default: m.ScenarioEditor,
  })),
);
// Shown only while a scenario is on, so not part of the first screen (issue #26).
const ScenarioSummary = lazy(() =>
  import('../scenarios/ScenarioSummary').then((m) => ({ default: m.ScenarioSummary })),
);
// The way back to a cohort shows only for a journey opened from one (issue #26: not on the first screen).
const BackToCohort = lazy(() =>
  Promise.all([import('../cohort/BackToCohort'), loadMessages('cohortCopy')]).then(([m]) => ({
    default: m.BackToCohort,
  })),
);
const SideBySide = lazy(() =>
  Promise.all([import('../scenarios/SideBySide'), loadMessages('sideBySide')]).then(([m]) => ({
    default: m.SideBySide,
  })),
);
// The tables under the chart render after it, in a deferred render that yields: a big journey's chart is not held up by its rows.
const LaterInterventionsTable = memo(InterventionsTable);
const LaterOtherItems = memo(OtherItems);
// So are the totals, the scenarios and the findings beside it (issue #26): another journey's bars come first.
const LaterSummary = memo(Summary);
const LaterFindingsList = memo(FindingsList);
// The accessibility statement, like the rules, loads when it opens.
const FormatPage = lazy(() => Promise.all([import('../rules/FormatPage'), loadMessages('rules')]).then(([m]) => m));
const StatementPage = lazy(() =>
  Promise.all([import('../a11y/StatementPage'), loadMessages('statement')]).then(([m]) => m),
);

export function App() {
  const { t, i18n } = useTranslation();
  const journey = useStore(selectJourney);
  const source = useStore(selectSource);
  const language = useStore(selectLanguage);
  const setLanguage = useStore(selectSetLanguage);
  const { analysis, asOf, asOfIsToday } = useAnalysis();
  const labels = useLabels();
  // The totals, findings and tables catch up in a deferred render, after the chart: on the first
  // render too (null at first), so the first screen's bars are not held up by its tables (issue #26).
  // Until they have, the page says it is updating (aria-busy), for assistive technology and the e2e tests.
  const now = useMemo(() => ({ journey, analysis, labels, asOf }), [journey, analysis, labels, asOf]);
  const tables = useDeferredValue<typeof now | null>(now, null);
  const tablesBehind = tables !== now;
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
  const meetingMode = usePresentation((s) => s.meetingMode);
  const summaryHidden = usePresentation((s) => s.summaryHidden);
  const [cohortOpened, setCohortOpened] = useState(false);
  if (page.name === 'cohort' && !cohortOpened) setCohortOpened(true);
  useUndoShortcuts();

  // Another journey: nothing of the last one stays chosen (edits keep the choice); its own
  // scenarios that were on come back (src/io/journeySettings.ts).
  const journeyKey = useStore(selectJourneyKey);
  useEffect(() => {
    select(null);
    hover(null);
    useStore.setState({ scenarioEditor: null, scenarioDraft: null, sideBySide: false });
  }, [journeyKey, select, hover]);

  useEffect(() => {
    // The English messages load the first time they are needed; the page's lang follows the text.
    void switchLanguage(language).then(() => {
      document.documentElement.lang = i18n.language;
    });
  }, [i18n, language]);

  return (
    <div className={meetingMode ? 'app meeting-mode' : 'app'}>
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
        {/* The rules behind every figure, one click away on every page (and it keeps the toolbar on one row at 1280 px). */}
        <div className="language header-rules">
          <RulesLink className="rules-link" testId="nav-rules" />
        </div>
        {page.name === 'journey' && <MeetingModeButton />}
        <div className="language" role="group" aria-label={t('app.language')}>
          {LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={language === l}
              onClick={() => void loadLanguage(l).then(() => setLanguage(l))}
            >
              {LANGUAGE_NAMES[l]}
            </button>
          ))}
        </div>
      </header>
      <div className="journey-tools" hidden={page.name !== 'journey'}>
        <Toolbar />
        <DiskNotice />
        <StorageNoticesLater />
        <ImportReport />
        <PersonnummerGuardLater />
      </div>
      <main id="main" tabIndex={-1}>
        {page.name === 'rules' && (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <RulesPage language={language} year={Number(asOf.slice(0, 4))} format={labels.day} focusKind={page.kind} />
          </Suspense>
        )}
        {page.name === 'format' && (
          <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
            <FormatPage />
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
        <div className="journey-page" hidden={page.name !== 'journey'} aria-busy={tablesBehind || undefined}>
          {source.kind === 'cohort' && (
            <Suspense fallback={null}>
              <BackToCohort name={source.name} />
            </Suspense>
          )}
          <JourneyHeader
            journey={journey}
            source={source}
            analysis={analysis}
            asOf={asOf}
            asOfIsToday={asOfIsToday}
            labels={labels}
          />
          <PrintNote />
          <div className={summaryHidden ? 'workspace summary-hidden' : 'workspace'}>
            <div className="workspace-main">
              {meetingMode && !isEmptyJourney(journey) && (
                <FigureStrip analysis={analysis} scenario={scenarioView.scenario} asOf={asOf} labels={labels} />
              )}
              {sideBySide ? (
                <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
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
                </Suspense>
              ) : isEmptyJourney(journey) ? (
                <EmptyJourney />
              ) : (
                <Timeline
                  journey={journey}
                  analysis={analysis}
                  asOf={asOf}
                  asOfIsToday={asOfIsToday}
                  labels={labels}
                  scenario={scenarioView.scenario}
                  legend={tables !== null}
                />
              )}
              <DetailsLater journey={journey} analysis={analysis} asOf={asOf} labels={labels} />
            </div>
            <aside
              className={summaryHidden ? 'workspace-side is-collapsed' : 'workspace-side'}
              aria-label={t('totals.heading')}
            >
              <SummaryToggle />
              {scenarioView.scenario && (
                <Suspense fallback={null}>
                  <ScenarioSummary comparison={scenarioView.scenario.comparison} labels={labels} />
                </Suspense>
              )}
              {/* The totals and the scenarios come in the deferred render too, with the chart's legend and the
              tables, in one commit while the page is busy, after the chart: on a projector they are below the fold (issue #26). */}
              {tables && <LaterSummary analysis={tables.analysis} labels={tables.labels} />}
              {tables && <ScenarioPanel outcomes={scenarioView.outcomes} />}
              {tables && <LaterFindingsList analysis={tables.analysis} asOf={tables.asOf} labels={tables.labels} />}
            </aside>
          </div>
          {tables && (
            <>
              <LaterInterventionsTable
                journey={tables.journey}
                analysis={tables.analysis}
                labels={tables.labels}
                asOf={tables.asOf}
              />
              <LaterOtherItems journey={tables.journey} labels={tables.labels} />
            </>
          )}
        </div>
      </main>
      <footer className="app-footer">
        <span>{t('app.privacy')}</span>
        {/* Hidden, not removed, on their own page: "Tillbaka" puts focus back on the button that opened it. */}
        <button type="button" className="link-button" hidden={page.name === 'rules'} onClick={() => openRules()}>
          {t('law.rulesLink')}
        </button>
        <button type="button" className="link-button" hidden={page.name === 'a11y'} onClick={openStatement}>
          {t('a11y.statement.link')}
        </button>
      </footer>
      <Announcer />
      <PageTitle />
      <NewJourneyDialogs />
      <Suspense fallback={null}>
        {editTarget && (
          <EditDialog
            key={`${editTarget.list}-${editTarget.id ?? 'new'}`}
            target={editTarget}
            onClose={() => setEditTarget(null)}
          />
        )}
        {scenarioEditor && <ScenarioEditor scenarioId={scenarioEditor} onClose={() => setScenarioEditor(null)} />}
      </Suspense>
      <DropZone />
    </div>
  );
}
