/** The quick actions at a cliff ("Förläng 6 mån", "Förläng till max"), for the details of the bar that ends. */
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain';
import type { Labels } from './useLabels';
import { createScenario } from './scenarioActions';

export function CliffActions({ id, analysis, labels }: { id: string; analysis: Analysis; labels: Labels }) {
  const { t } = useTranslation();
  const cliff = analysis.cliffs.find((c) => c.intervention === id);
  if (!cliff) return null;
  const name = labels.intervention(id);
  const max = cliff.headroomMonths;
  return (
    <>
      <button
        type="button"
        onClick={() =>
          createScenario(t('scenarios.nameExtend', { name, months: 6 }), [
            { op: 'extend', intervention: id, months: 6 },
          ])
        }
      >
        {t('scenarios.extend6')}
      </button>
      {max !== null && max > 0 && (
        <button
          type="button"
          onClick={() =>
            createScenario(t('scenarios.nameExtendMax', { name, months: max }), [
              { op: 'extend', intervention: id, months: max },
            ])
          }
        >
          {t('scenarios.extendMax', { months: max })}
        </button>
      )}
    </>
  );
}
