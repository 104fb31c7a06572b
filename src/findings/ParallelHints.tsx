/**
 * Issue 21's hint: an education counted as the main activity that hides a wait after försteg,
 * gaps or an end with nothing after (parallelHints in the domain), with the one-click fix
 * "Räkna som vid sidan av" (one undoable edit). Worked out at low priority: each candidate
 * is one more analysis of the journey.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Analysis, type HiddenFindings, parallelHints } from '../domain';
import { markParallel } from '../editing/markParallel';
import { selectIgnoreGaps, selectJourney, useStore } from '../store';
import { Marked } from '../kit/FileText';
import type { Labels } from '../kit/useLabels';
import './parallelHints.css';

function useHintText(labels: Labels, analysis: Analysis) {
  const { t } = useTranslation();
  return (h: HiddenFindings) => {
    const a = analysis.interventions.find((x) => x.id === h.intervention);
    const from = labels.day(h.start);
    const when =
      a?.status === 'ended' && a.effectiveEnd !== null
        ? t('parallel.hint.ended', { from, to: labels.day(a.effectiveEnd) })
        : a?.status === 'planned'
          ? t('parallel.hint.planned', { from })
          : t('parallel.hint.ongoing', { from });
    const days = h.waits.reduce((sum, w) => sum + w.days, 0);
    const parts = [
      ...(h.waits.length > 0 ? [t('parallel.hint.wait', { count: h.waits.length, days })] : []),
      ...(h.gaps.length > 0 ? [t('parallel.hint.gap', { count: h.gaps.length })] : []),
      ...(h.cliffs.length > 0 ? [t('parallel.hint.cliff', { count: h.cliffs.length })] : []),
    ];
    const what =
      parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} ${t('parallel.hint.and')} ${parts.at(-1)}`;
    return t('parallel.hint.text', { name: labels.intervention(h.intervention), when, what });
  };
}

export function ParallelHints({ analysis, asOf, labels }: { analysis: Analysis; asOf: string; labels: Labels }) {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const ignoreGapsUpToDays = useStore(selectIgnoreGaps);
  const now = useMemo(
    () => ({ journey, analysis, asOf, ignoreGapsUpToDays }),
    [journey, analysis, asOf, ignoreGapsUpToDays],
  );
  const input = useDeferredValue(now);
  const hints = useMemo(
    () =>
      // The analysis given is the journey's own with the same options: not made again here.
      input.analysis.horizon === null
        ? []
        : parallelHints(
            input.journey,
            { asOf: input.asOf, ignoreGapsUpToDays: input.ignoreGapsUpToDays },
            input.analysis,
          ),
    [input],
  );
  const text = useHintText(labels, input.analysis);
  // Until the deferred value catches up, an old hint may name what is gone: shown only when current.
  if (hints.length === 0 || input !== now) return null;
  return (
    <section aria-labelledby="parallel-hints-heading" className="panel parallel-hints" data-testid="parallel-hints">
      <h2 id="parallel-hints-heading">{t('parallel.hint.heading')}</h2>
      <ul className="findings">
        {hints.map((h) => (
          <li key={h.intervention} className="finding" data-parallel-hint={h.intervention}>
            <p id={`parallel-hint-${h.intervention}`} className="parallel-hint-text">
              <Marked text={text(h)} />
            </p>
            <div className="quick-actions">
              <button
                type="button"
                data-editing=""
                aria-describedby={`parallel-hint-${h.intervention}`}
                onClick={() => markParallel(h.intervention, true, labels.intervention(h.intervention))}
              >
                {t('parallel.hint.makeBeside')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
