/** A panel's totals as text: its own value and, for a scenario, the baseline's and the difference. */
import { useTranslation } from 'react-i18next';
import type { Analysis } from '../domain';
import type { Language } from '../i18n';
import { formatDay, formatNumber } from '../i18n/format';
import { signed, totalRows } from './miniTimeline';

type Props = { analysis: Analysis; baseline?: Analysis; language: Language };

const hasActive = (a: Analysis) => a.interventions.some((i) => i.status !== 'cancelled');

export function SideBySideTotals({ analysis, baseline, language }: Props) {
  const { t } = useTranslation();
  const num = (n: number) => formatNumber(n, language);
  const days = (n: number) => t('sideBySide.days', { count: n, n: num(n) });
  const show = (value: number | string | null, of: Analysis, withUnit: boolean) => {
    if (typeof value === 'number') return withUnit ? days(value) : num(value);
    if (typeof value === 'string') return formatDay(value, language);
    return hasActive(of) ? t('sideBySide.supportedOpen') : t('sideBySide.supportedNone');
  };
  const rows = totalRows(analysis.totals, baseline?.totals);
  return (
    <dl className="sbs-totals">
      {rows.map((row) => {
        const changed = baseline !== undefined && row.diff !== 0;
        const diffText =
          row.diff === null || row.diff === 0
            ? null
            : row.key === 'supportedUntil'
              ? t('sideBySide.days', { count: Math.abs(row.diff), n: signed(row.diff, num) })
              : signed(row.diff, num);
        return (
          <div
            key={row.key}
            className="sbs-total"
            data-total={row.key}
            data-value={row.value ?? ''}
            data-diff={row.diff ?? ''}
            data-tone={row.tone}
          >
            <dt>{t(`sideBySide.total.${row.key}`)}</dt>
            <dd>
              {changed && baseline && (
                <>
                  <span className="sbs-from">
                    {show(row.base ?? null, baseline, typeof row.base !== 'number' || typeof row.value !== 'number')}
                  </span>
                  <span aria-hidden="true"> → </span>
                  <span className="visually-hidden"> {t('sideBySide.to')} </span>
                </>
              )}
              <span className="sbs-value">{show(row.value, analysis, true)}</span>
              {baseline && row.diff === 0 && (
                <span className="sbs-diff is-same">
                  {' '}
                  <span aria-hidden="true">({signed(0)})</span>
                  <span className="visually-hidden">({t('sideBySide.unchanged')})</span>
                </span>
              )}
              {diffText && (
                <span className={`sbs-diff is-${row.tone}`}>
                  {' '}
                  ({diffText}
                  {/* Said in words and a symbol, not by green and red alone (WCAG 1.4.1). */}
                  {(row.tone === 'better' || row.tone === 'worse') && (
                    <>
                      , <span aria-hidden="true">{row.tone === 'better' ? '▲ ' : '▼ '}</span>
                      {t(`sideBySide.${row.tone}`)}
                    </>
                  )}
                  )
                </span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
