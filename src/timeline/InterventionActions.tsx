/**
 * The details card's actions on one intervention: where its end stands ("Registrera slut…",
 * "Förläng…") and its scenario quick actions ("Flytta i scenariot", "Ta bort i scenariot").
 * "Förläng…" and "Flytta i scenariot" open the scenario editor on a scenario that is only
 * added when it is saved.
 */
import { useTranslation } from 'react-i18next';
import { type Analysis, type Journey, endUnrecorded } from '../domain';
import { type AppState, useStore } from '../store';
import { createScenario, draftScenario } from '../kit/scenarioActions';
import type { Labels } from '../kit/useLabels';

const selectSetEditTarget = (s: AppState) => s.setEditTarget;

type Props = { id: string; journey: Journey; analysis: Analysis; asOf: string; labels: Labels };

/** "Registrera slut…" when the decided end passed unrecorded; "Förläng…" on every employment and such an end. */
export function EndActions({ id, journey, analysis, asOf, labels }: Props) {
  const { t } = useTranslation();
  const setEditTarget = useStore(selectSetEditTarget);
  const index = journey.interventions.findIndex((x) => x.id === id);
  if (index < 0) return null;
  const a = analysis.interventions[index];
  const unrecorded =
    a !== undefined &&
    endUnrecorded(journey.interventions[index], { end: a.effectiveEnd, projected: a.projected }, asOf);
  const employment = labels.catalogue.kinds.get(journey.interventions[index].kind)?.category === 'anstallning';
  return (
    <>
      {unrecorded && (
        <button type="button" data-editing="" onClick={() => setEditTarget({ list: 'interventions', id })}>
          {t('room.registerEnd')}
        </button>
      )}
      {(employment || unrecorded) && (
        <button
          type="button"
          onClick={() =>
            draftScenario(t('room.nameExtendOpen', { name: labels.intervention(id) }), [
              { op: 'extend', intervention: id, months: 6 },
            ])
          }
        >
          {t('room.extendOpen')}
        </button>
      )}
    </>
  );
}

export function ScenarioQuickActions({ id, labels }: { id: string; labels: Labels }) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        onClick={() =>
          draftScenario(t('scenarios.nameShift', { name: labels.intervention(id), days: 30 }), [
            { op: 'shift', intervention: id, days: 30 },
          ])
        }
      >
        {t('scenarios.shiftInScenario')}
      </button>
      <button
        type="button"
        onClick={() =>
          createScenario(t('scenarios.nameRemove', { name: labels.intervention(id) }), [
            { op: 'remove', intervention: id },
          ])
        }
      >
        {t('scenarios.removeInScenario')}
      </button>
    </>
  );
}
