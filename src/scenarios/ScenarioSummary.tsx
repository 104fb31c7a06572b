import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, Consequence, TotalDiff } from '../domain';
import type { Labels } from '../ui/useLabels';

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0';
}

/** Every total for baseline and scenario with the difference, and what the scenario changes, in words. */
export function ScenarioSummary({ comparison, labels }: { comparison: Comparison; labels: Labels }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // When a scenario is switched on, its comparison comes into view.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const value = (d: TotalDiff, v: number | string | null) =>
    d.key === 'supportedUntil'
      ? v === null
        ? t('scenarios.openEnded')
        : labels.day(String(v))
      : t('scenarios.days', { count: Number(v) });
  const sentence = (c: Consequence): string => {
    switch (c.code) {
      case 'endMoves':
        return t('scenarios.c.endMoves', {
          name: labels.intervention(c.id),
          from: c.from ? labels.day(c.from) : t('scenarios.openEnded'),
          to: c.to ? labels.day(c.to) : t('scenarios.openEnded'),
        });
      case 'startMoves':
        return t('scenarios.c.startMoves', {
          name: labels.intervention(c.id),
          from: labels.day(c.from),
          to: labels.day(c.to),
        });
      case 'removed':
        return t('scenarios.c.removed', { name: labels.intervention(c.id) });
      case 'added':
        return t('scenarios.c.added', { name: labels.intervention(c.id), start: labels.day(c.start) });
      case 'cliffGone':
        return t('scenarios.c.cliffGone', { name: labels.intervention(c.id) });
      case 'cliffNew':
        return t('scenarios.c.cliffNew', { name: labels.intervention(c.id), end: labels.day(c.end) });
      case 'waitGone':
        return t('scenarios.c.waitGone', { name: labels.intervention(c.id), days: c.days });
      case 'waitChanged':
        return t('scenarios.c.waitChanged', { name: labels.intervention(c.id), from: c.from, to: c.to });
      case 'total':
        return t('scenarios.c.total', {
          label: t(`scenarios.totalLabel.${c.key}`).toLowerCase(),
          diff: signed(c.diff),
        });
      case 'supportedUntil':
        return t('scenarios.c.supportedUntil', {
          from: c.from ? labels.day(c.from) : t('scenarios.openEnded'),
          to: c.to ? labels.day(c.to) : t('scenarios.openEnded'),
        });
      case 'rule':
        return t(`scenarios.c.${c.note}`, {
          name: labels.intervention(c.id),
          limit: c.limit ? labels.day(c.limit) : '',
        });
    }
  };
  return (
    <section
      className="panel scenario-summary"
      aria-labelledby="scenario-summary-heading"
      data-testid="scenario-summary"
    >
      <h2 id="scenario-summary-heading">{t('scenarios.compareHeading')}</h2>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('scenarios.colTotal')}</th>
            <th scope="col">{t('scenarios.colBase')}</th>
            <th scope="col">{t('scenarios.colScenario')}</th>
            <th scope="col">{t('scenarios.colDiff')}</th>
          </tr>
        </thead>
        <tbody>
          {comparison.totals.map((d) => (
            <tr key={d.key} data-total={d.key} data-base={String(d.base)} data-scenario={String(d.scenario)}>
              <th scope="row">{t(`scenarios.totalLabel.${d.key}`)}</th>
              <td>{value(d, d.base)}</td>
              <td>{value(d, d.scenario)}</td>
              <td className={d.diff ? 'diff-changed' : undefined}>
                {d.diff === null ? (d.base === d.scenario ? '±0' : '–') : signed(d.diff)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('scenarios.consequencesHeading')}</h3>
      {comparison.consequences.length === 0 ? (
        <p>{t('scenarios.noConsequences')}</p>
      ) : (
        <ul className="consequences" data-testid="consequences">
          {comparison.consequences.map((c, i) => (
            <li key={i} className={c.code === 'rule' ? `rule-note rule-${c.note}` : undefined}>
              {sentence(c)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
