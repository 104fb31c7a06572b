import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Analysis, type Journey, unrecordedEnds } from '../domain';
import type { Labels } from '../kit/useLabels';
import { ItemActions } from './ItemTables';
import { InterventionName } from '../kit/FileText';
import { selectLanguage, selectSelection, useStore } from '../store';
import { TablePages, usePaging } from './TablePages';

/** Every intervention with its computed status, effective end and statutory maximum. */
export function InterventionsTable({
  journey,
  analysis,
  labels,
  asOf = null,
}: {
  journey: Journey;
  analysis: Analysis;
  labels: Labels;
  asOf?: string | null;
}) {
  const { t } = useTranslation();
  const unrecorded = useMemo(() => unrecordedEnds(journey, analysis, asOf), [journey, analysis, asOf]);
  const language = useStore(selectLanguage);
  const selection = useStore(selectSelection);
  const chosenId = selection?.kind === 'intervention' ? selection.id : null;
  const chosen = chosenId === null ? -1 : journey.interventions.findIndex((iv) => iv.id === chosenId);
  const paging = usePaging(journey.interventions.length, chosen);
  const statusText = {
    planned: t('interventions.statusPlanned'),
    ongoing: t('interventions.statusOngoing'),
    ended: t('interventions.statusEnded'),
    cancelled: t('interventions.statusCancelled'),
  };
  return (
    <section aria-labelledby="interventions-heading" className="panel">
      <h2 id="interventions-heading" tabIndex={-1}>
        {t('interventions.heading')}
      </h2>
      {journey.interventions.length === 0 ? (
        <p>{t('interventions.none')}</p>
      ) : (
        <>
          <TablePages paging={paging} table={t('interventions.heading')} language={language} />
          <div className="table-scroll">
            <table className="interventions">
              <thead>
                <tr>
                  <th scope="col">{t('interventions.kind')}</th>
                  <th scope="col">{t('interventions.actor')}</th>
                  <th scope="col">{t('interventions.start')}</th>
                  <th scope="col">{t('interventions.end')}</th>
                  <th scope="col">{t('interventions.status')}</th>
                  <th scope="col">{t('interventions.limit')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('itemActions.edit')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {journey.interventions.slice(paging.from, paging.to).map((iv, j) => {
                  const a = analysis.interventions[paging.from + j];
                  return (
                    <tr
                      key={iv.id}
                      className={a.status === 'cancelled' ? 'cancelled' : undefined}
                      aria-current={iv.id === chosenId ? 'true' : undefined}
                    >
                      <th scope="row">
                        <InterventionName id={iv.id} labels={labels} />
                      </th>
                      <td>{labels.actor(labels.actorOfIntervention(iv.id))}</td>
                      <td>{labels.day(iv.start)}</td>
                      <td>
                        {a.effectiveEnd ? labels.day(a.effectiveEnd) : t('interventions.openEnded')}
                        {a.projected && <span className="tag"> ({t('interventions.projected')})</span>}
                      </td>
                      <td>{unrecorded.has(a.id) ? t('room.endUnrecorded') : statusText[a.status]}</td>
                      <td>
                        {a.ruleLimit ? labels.day(a.ruleLimit) : '–'}
                        {a.exceedsMaximum && (
                          <strong className="tag tag-danger"> ⚠ {t('interventions.exceeds')}</strong>
                        )}
                      </td>
                      <td>
                        <ItemActions list="interventions" id={iv.id} name={labels.intervention(iv.id)} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
