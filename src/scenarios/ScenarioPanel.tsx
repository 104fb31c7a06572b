import { useTranslation } from 'react-i18next';
import { type ScenarioOutcome, moveScenario, resolveCatalogue } from '../domain';
import { type AppState, selectActiveScenarios, selectJourney, selectSideBySide, useStore } from '../store';
import { IssueList } from '../kit/IssueList';
import { deleteScenario, draftScenario } from '../kit/scenarioActions';
import { announce } from '../kit/announce';
import { focusNextItem } from '../kit/focusAfter';
import { useFileLang } from '../kit/FileText';

const selectSetActive = (s: AppState) => s.setScenarioActive;
const selectSetEditor = (s: AppState) => s.setScenarioEditor;
const selectSetSideBySide = (s: AppState) => s.setSideBySide;
const selectEdit = (s: AppState) => s.editJourney;

/** The journey's scenarios, each with a switch; several can be on, applied in list order. */
export function ScenarioPanel({ outcomes }: { outcomes: ScenarioOutcome[] }) {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const active = useStore(selectActiveScenarios);
  const setActive = useStore(selectSetActive);
  const setEditor = useStore(selectSetEditor);
  const sideBySide = useStore(selectSideBySide);
  const setSideBySide = useStore(selectSetSideBySide);
  const editJourney = useStore(selectEdit);
  const scenarios = journey.scenarios ?? [];
  const fileLang = useFileLang();
  return (
    <section className="panel scenarios" aria-labelledby="scenarios-heading" data-testid="scenarios">
      <h2 id="scenarios-heading" tabIndex={-1}>
        {t('scenarios.heading')}
      </h2>
      <button
        type="button"
        className="new-scenario"
        data-testid="new-scenario"
        onClick={() => {
          // The first employment is the likeliest to extend; any intervention can be chosen in the editor.
          const catalogue = resolveCatalogue(journey);
          const first =
            journey.interventions.find((iv) => catalogue.kinds.get(iv.kind)?.category === 'anstallning') ??
            journey.interventions[0];
          draftScenario(t('room.newScenarioName'), first ? [{ op: 'extend', intervention: first.id, months: 6 }] : []);
        }}
      >
        {t('room.newScenario')}
      </button>
      {scenarios.length === 0 ? (
        <p>{t('scenarios.none')}</p>
      ) : (
        <>
          <p className="muted">{t('scenarios.order')}</p>
          <ol className="scenario-list">
            {scenarios.map((s, i) => {
              const outcome = outcomes.find((o) => o.id === s.id);
              const on = active.includes(s.id);
              return (
                <li key={s.id} data-scenario={s.id} className={outcome && !outcome.ok ? 'is-failed' : undefined}>
                  <label className="scenario-toggle">
                    <input
                      type="checkbox"
                      checked={on}
                      onChange={(e) => {
                        setActive(s.id, e.target.checked);
                        announce(
                          t(e.target.checked ? 'a11y.announce.scenarioOn' : 'a11y.announce.scenarioOff', {
                            name: s.name,
                          }),
                        );
                      }}
                    />
                    <span className="scenario-name" lang={fileLang}>
                      {s.name}
                    </span>
                  </label>
                  <span className="muted"> ({t('scenarios.changes', { count: s.changes.length })})</span>
                  {on && outcome && !outcome.ok && (
                    <div className="scenario-failed" role="alert">
                      <strong>{t('scenarios.failed')}</strong>
                      <IssueList issues={outcome.errors} />
                    </div>
                  )}
                  <div className="item-actions">
                    <button
                      type="button"
                      onClick={() => setEditor(s.id)}
                      aria-label={t('scenarios.editNamed', { name: s.name })}
                    >
                      {t('scenarios.edit')}
                    </button>
                    <button
                      type="button"
                      disabled={i === 0}
                      onClick={() => editJourney((j) => moveScenario(j, s.id, -1))}
                      aria-label={t('scenarios.moveUpNamed', { name: s.name })}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      disabled={i === scenarios.length - 1}
                      onClick={() => editJourney((j) => moveScenario(j, s.id, 1))}
                      aria-label={t('scenarios.moveDownNamed', { name: s.name })}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className="danger"
                      onClick={(e) => {
                        const refocus = focusNextItem(e.currentTarget, 'button.danger', () =>
                          document.getElementById('scenarios-heading'),
                        );
                        deleteScenario(s.id);
                        refocus();
                      }}
                      aria-label={t('scenarios.deleteNamed', { name: s.name })}
                    >
                      {t('scenarios.delete')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          <button
            type="button"
            aria-pressed={sideBySide}
            data-side-by-side-toggle
            onClick={() => setSideBySide(!sideBySide)}
          >
            {t('scenarios.sideBySide')}
          </button>
        </>
      )}
    </section>
  );
}
