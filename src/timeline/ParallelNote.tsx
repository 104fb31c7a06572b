/**
 * The details of an intervention beside the main line (issue 21): why it is not counted, and
 * for an education the switch back to the main activity.
 */
import { useTranslation } from 'react-i18next';
import { type Journey, isParallel } from '../domain';
import { markParallel } from '../editing/markParallel';
import type { Labels } from '../kit/useLabels';

function beside(id: string, journey: Journey, labels: Labels) {
  const iv = journey.interventions.find((x) => x.id === id);
  const kind = iv && labels.catalogue.kinds.get(iv.kind);
  return { iv, kind, parallel: iv !== undefined && isParallel(iv, kind) };
}

/** "Löper vid sidan av huvudlinjen: …" for a parallel intervention; nothing for the others. */
export function ParallelNote({ id, journey, labels }: { id: string; journey: Journey; labels: Labels }) {
  const { t } = useTranslation();
  if (!beside(id, journey, labels).parallel) return null;
  return (
    <p className="rule" data-testid="details-parallel">
      <strong>{t('parallel.details.beside')}:</strong> {t('parallel.details.why')}
    </p>
  );
}

/** "Räkna som huvudaktivitet" among the details' actions, for a non-cancelled education beside the main line. */
export function ParallelSwitch({ id, journey, labels }: { id: string; journey: Journey; labels: Labels }) {
  const { t } = useTranslation();
  const { iv, kind, parallel } = beside(id, journey, labels);
  if (!parallel || iv?.cancelled === true || kind?.category !== 'utbildning') return null;
  return (
    <button type="button" data-editing="" onClick={() => markParallel(id, false, labels.intervention(id))}>
      {t('parallel.details.makeMain')}
    </button>
  );
}
