/**
 * Mötesläge's figure strip (issue #24 point 4): the few figures a meeting talks about, in view
 * with the chart on a 1280×720 projector: gaps, waits after försteg, grey zones, days in
 * employment and what ends soon, on the reference day; with scenarios on, their values and the
 * difference from now. The full summary stays beside or under the chart.
 */
import { useTranslation } from 'react-i18next';
import type { Analysis, Comparison } from '../../domain';
import type { Labels } from '../../kit/useLabels';
import { Marked } from '../../kit/FileText';

const KEYS = ['gapDays', 'forstegWaitDays', 'greyZoneDays', 'employmentDays'] as const;

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '±0');

export function FigureStrip({
  analysis,
  scenario,
  asOf,
  labels,
}: {
  analysis: Analysis;
  scenario: { analysis: Analysis; comparison: Comparison } | null;
  asOf: string;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const shown = scenario?.analysis ?? analysis;
  const diffs = new Map(scenario?.comparison.totals.map((d) => [d.key, d.diff]) ?? []);
  const cliff = [...shown.cliffs].sort((a, b) => a.daysLeft - b.daysLeft)[0];
  const heading = scenario ? 'projector.stripHeadingScenario' : 'projector.stripHeading';
  return (
    <section className="figure-strip" aria-labelledby="figure-strip-heading" data-testid="figure-strip">
      <h2 id="figure-strip-heading">{t(heading, { date: labels.day(asOf) })}</h2>
      <dl>
        {KEYS.map((key) => {
          const diff = diffs.get(key);
          return (
            <div key={key} data-figure={key}>
              <dt>{t(`totals.${key}`)}</dt>
              <dd>
                {t('totals.days', { count: shown.totals[key] })}
                {typeof diff === 'number' && ` (${signed(diff)})`}
              </dd>
            </div>
          );
        })}
        <div data-figure="endsSoon">
          <dt>{t('projector.stripEndsSoon')}</dt>
          <dd>
            {/* The file's titles in the file's language (WCAG 3.1.2). */}
            {cliff ? (
              <Marked
                text={t('projector.stripEndsSoonValue', {
                  name: labels.intervention(cliff.intervention),
                  days: cliff.daysLeft,
                })}
              />
            ) : (
              t('projector.stripNothingEnds')
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
