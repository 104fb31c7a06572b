import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comparison, Consequence, TotalDiff } from '../domain';
import type { Labels } from '../kit/useLabels';
import { Marked } from '../kit/FileText';

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0';
}

/** Every total for baseline and scenario with the difference, and what the scenario changes, in words. */
export function ScenarioSummary({ comparison, labels }: { comparison: Comparison; labels: Labels }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // When a scenario is switched on, its comparison comes into view.
  useEffect(() => {
    // Scroll only the side panel it sits in (to its top, where the comparison is), not the page.
    const id = requestAnimationFrame(() => {
      const side = ref.current?.closest('.workspace-side');
      if (side) side.scrollTop = 0;
    });
    return () => cancelAnimationFrame(id);
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
      case 'endStillPast':
        return t('room.endStillPast', { name: labels.intervention(c.id), end: labels.day(c.end) });
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
      case 'rule': {
        const kind = labels.catalogue.kinds.get(c.kind);
        const name = labels.intervention(c.id);
        if (c.note === 'review' && kind?.review)
          return t('law.review', { name, months: c.months ?? 0, note: kind.review.note[labels.language] });
        if (kind?.beyondLimit && c.limit)
          return t('law.beyondLimit', { name, limit: labels.day(c.limit), note: kind.beyondLimit[labels.language] });
        return t('scenarios.c.beyondMaximum', { name, limit: c.limit ? labels.day(c.limit) : '' });
      }
      case 'milestoneMoves':
        return t('scenarios.c.milestoneMoves', {
          day: c.day,
          name: labels.intervention(c.id),
          from: labels.day(c.from),
          to: labels.day(c.to),
        });
      case 'milestoneGone':
        return t('scenarios.c.milestoneGone', {
          day: c.day,
          name: labels.intervention(c.id),
          date: labels.day(c.date),
        });
      case 'milestoneNew':
        return t('scenarios.c.milestoneNew', { day: c.day, name: labels.intervention(c.id), date: labels.day(c.date) });
    }
  };
  return (
    <section
      ref={ref}
      className="panel scenario-summary"
      aria-labelledby="scenario-summary-heading"
      data-testid="scenario-summary"
    >
      <h2 id="scenario-summary-heading">{t('scenarios.compareHeading')}</h2>
      {/* "Gråzon: 44 → 0 dagar, −44": baseline, scenario and the difference, on one line each. */}
      <dl className="compare-list">
        {comparison.totals.map((d) => {
          const diff = d.diff === null ? (d.base === d.scenario ? '±0' : null) : signed(d.diff);
          return (
            <div key={d.key} data-total={d.key} data-base={String(d.base)} data-scenario={String(d.scenario)}>
              <dt>{t(`scenarios.totalLabel.${d.key}`)}</dt>
              <dd>
                <span className="visually-hidden">{t('scenarios.colBase')}: </span>
                {value(d, d.base)} → <span className="visually-hidden">{t('scenarios.colScenario')}: </span>
                <strong>{value(d, d.scenario)}</strong>
                {diff && (
                  <span className={d.diff ? 'diff-changed' : 'diff-none'}>
                    {' '}
                    (<span className="visually-hidden">{t('scenarios.colDiff')}: </span>
                    {diff})
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <h3>{t('scenarios.consequencesHeading')}</h3>
      {comparison.consequences.length === 0 ? (
        <p>{t('scenarios.noConsequences')}</p>
      ) : (
        <ul className="consequences" data-testid="consequences">
          {comparison.consequences.map((c, i) => (
            <li key={i} className={c.code === 'rule' ? `rule-note rule-${c.note}` : undefined}>
              <Marked text={sentence(c)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
