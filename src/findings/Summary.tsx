import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain';
import { IgnoreGapsField } from '../kit/IgnoreGapsField';
import type { Labels } from '../kit/useLabels';

/** The totals of section 4, as a definition list. */
export function Summary({ analysis, labels }: { analysis: Analysis; labels: Labels }) {
  const { t } = useTranslation();
  const { totals } = analysis;
  const gapWorking = analysis.gaps.reduce((s, g) => s + g.workingDays, 0);
  const supported =
    totals.supportedUntil !== null
      ? labels.day(totals.supportedUntil)
      : analysis.interventions.some((i) => i.status !== 'cancelled')
        ? t('totals.supportedOpen')
        : t('totals.supportedNone');
  const rows: [string, string, string][] = [
    ['gapDays', t('totals.gapDays'), t('totals.gapValue', { days: totals.gapDays, working: gapWorking })],
    ['forstegWaitDays', t('totals.forstegWaitDays'), t('totals.days', { count: totals.forstegWaitDays })],
    ['greyZoneDays', t('totals.greyZoneDays'), t('totals.days', { count: totals.greyZoneDays })],
    ['employmentDays', t('totals.employmentDays'), t('totals.days', { count: totals.employmentDays })],
    ['supportedUntil', t('totals.supportedUntil'), supported],
  ];
  return (
    <section aria-labelledby="summary-heading" className="panel">
      <h2 id="summary-heading">{t('totals.heading')}</h2>
      <IgnoreGapsField />
      <dl className="totals">
        {rows.map(([key, term, value]) => (
          <div key={key} data-testid={`total-${key}`}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
