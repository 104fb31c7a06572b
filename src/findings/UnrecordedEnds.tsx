/**
 * Interventions whose decided end has passed with no end recorded ("Slut ej registrerat"):
 * the file does not say whether they ended or went on, so the list asks for the end
 * ("Registrera slut…") or an extension in a scenario ("Förläng…").
 */
import { useTranslation } from 'react-i18next';
import { type Analysis, unrecordedEnds } from '../domain';
import { type AppState, selectJourney, useStore } from '../store';
import { draftScenario } from '../kit/scenarioActions';
import type { Labels } from '../kit/useLabels';
import { FindingItem } from './FindingItem';

const selectSetEditTarget = (s: AppState) => s.setEditTarget;

type Props = { analysis: Analysis; asOf: string; labels: Labels };

export function UnrecordedEnds({ analysis, asOf, labels }: Props) {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const setEditTarget = useStore(selectSetEditTarget);
  const ids = unrecordedEnds(journey, analysis, asOf);
  const unrecorded = analysis.interventions.filter((a) => ids.has(a.id) && a.effectiveEnd !== null);
  if (unrecorded.length === 0) return null;
  return (
    <section aria-labelledby="unrecorded-heading" className="panel" data-testid="unrecorded-ends">
      <h2 id="unrecorded-heading">{t('room.endUnrecordedHeading')}</h2>
      <ul className="findings">
        {unrecorded.map((a) => {
          const name = labels.intervention(a.id);
          return (
            <FindingItem
              key={a.id}
              sel={{ kind: 'intervention', id: a.id }}
              className="finding-unrecorded"
              actions={
                <>
                  <button
                    type="button"
                    data-editing=""
                    aria-label={`${t('room.registerEnd')} ${name}`}
                    onClick={() => setEditTarget({ list: 'interventions', id: a.id })}
                  >
                    {t('room.registerEnd')}
                  </button>
                  <button
                    type="button"
                    aria-label={`${t('room.extendOpen')} ${name}`}
                    onClick={() =>
                      draftScenario(t('room.nameExtendOpen', { name }), [
                        { op: 'extend', intervention: a.id, months: 6 },
                      ])
                    }
                  >
                    {t('room.extendOpen')}
                  </button>
                </>
              }
            >
              <strong>{t('room.endUnrecordedItem', { name, date: labels.day(a.effectiveEnd!) })}</strong>
            </FindingItem>
          );
        })}
      </ul>
    </section>
  );
}
