/**
 * Scenarios side by side: the baseline and each scenario applied alone to it, as small
 * multiples on one time scale with their totals, for choosing between them in a meeting.
 */
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type Analysis, type Category, type Journey, dayNumber, resolveCatalogue } from '../domain';
import { formatDay } from '../i18n/format';
import { selectIgnoreGaps, selectLanguage, useStore } from '../store';
import { baseScale } from '../timeline/geometry';
import { axisTicks } from '../timeline/ticks';
import { useWidth } from '../timeline/useWidth';
import { FileText } from '../kit/FileText';
import { MiniAxis } from './SideBySideAxis';
import { MINI_LABEL_WIDTH, MiniChart } from './SideBySideChart';
import { SideBySideLegend } from './SideBySideLegend';
import { SideBySideTotals } from './SideBySideTotals';
import { BASELINE_PANEL, buildPanels, lanePositions, sharedLanes, shortLabel, unionExtent } from './miniTimeline';

type Props = { journey: Journey; baseline: Analysis; asOf: string; onClose: () => void };

export function SideBySide({ journey, baseline, asOf, onClose }: Props) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const ignoreGapsUpToDays = useStore(selectIgnoreGaps);
  const uid = useId();
  const axisRef = useRef<HTMLDivElement>(null);
  const width = useWidth(axisRef);
  const chartWidth = Math.max(width - MINI_LABEL_WIDTH, 200);
  const asOfDay = dayNumber(asOf);

  const catalogue = useMemo(() => resolveCatalogue(journey), [journey]);
  const panels = useMemo(
    () => buildPanels(journey, baseline, { asOf, ignoreGapsUpToDays }, catalogue),
    [journey, baseline, asOf, ignoreGapsUpToDays, catalogue],
  );
  const shared = useMemo(() => {
    const layouts = panels.flatMap((p) => (p.ok ? [p.layout] : []));
    const extent = unionExtent(layouts, [asOfDay]);
    const categories = new Set<Category>(layouts.flatMap((l) => l.bars.map((b) => b.category)));
    return { ...lanePositions(sharedLanes(layouts)), extent, categories };
  }, [panels, asOfDay]);

  const x = useMemo(() => baseScale(shared.extent, chartWidth), [shared.extent, chartWidth]);
  const [d0, d1] = x.domain();
  const pxPerDay = chartWidth / Math.max(d1 - d0, 1);
  // Quarter ticks once they are 22 px apart (the main axis waits for 34): short month names still fit.
  const tiers = axisTicks(Math.floor(d0), Math.ceil(d1), pxPerDay * 91 >= 22 ? Math.max(pxPerDay, 34 / 91) : pxPerDay);
  const ticks = { lower: tiers.lower, upper: tiers.upper };

  const actorLabel = (id: string) => shortLabel(catalogue.actors.get(id)?.label[language] ?? id);
  const titles = (j: Journey, a: Analysis) => {
    const byId = new Map(j.interventions.map((iv, i) => [iv.id, { iv, end: a.interventions[i]?.effectiveEnd }]));
    return (id: string) => {
      const found = byId.get(id);
      if (!found) return id;
      const kind = catalogue.kinds.get(found.iv.kind)?.label[language] ?? found.iv.kind;
      const name = found.iv.title ? `${kind}: ${found.iv.title}` : kind;
      const end = found.end ? formatDay(found.end, language) : '…';
      return `${name}, ${formatDay(found.iv.start, language)} – ${end}`;
    };
  };

  const scenarioCount = panels.length - 1;
  return (
    <section className="sbs panel" data-testid="side-by-side" aria-labelledby={`${uid}-h`}>
      <div className="sbs-head">
        <h2 id={`${uid}-h`}>{t('sideBySide.heading')}</h2>
        <button type="button" className="sbs-close" onClick={onClose}>
          {t('sideBySide.close')}
        </button>
      </div>
      <p className="sbs-intro">{scenarioCount > 0 ? t('sideBySide.intro') : t('sideBySide.noScenarios')}</p>
      <div className="sbs-row sbs-axis-row">
        <div ref={axisRef} className="sbs-chart-cell">
          <MiniAxis
            x={x}
            chartWidth={chartWidth}
            tiers={tiers}
            language={language}
            asOf={asOfDay}
            asOfLabel={t('sideBySide.asOf', { date: formatDay(asOf, language) })}
          />
        </div>
      </div>
      {panels.map((panel, i) => {
        const headingId = `${uid}-p${i}`;
        const isBase = panel.id === BASELINE_PANEL && i === 0;
        return (
          <section
            key={`${i}-${panel.id}`}
            className={`sbs-panel${panel.ok ? '' : ' is-failed'}`}
            data-panel={isBase ? BASELINE_PANEL : panel.id}
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="sbs-panel-heading">
              {isBase ? (
                t('sideBySide.baseline')
              ) : (
                <>
                  <span className="sbs-kicker">{t('sideBySide.scenario', { number: i })}</span>{' '}
                  <FileText>{panel.name}</FileText>
                </>
              )}
            </h3>
            <div className="sbs-row">
              <div className="sbs-chart-cell">
                {panel.ok ? (
                  <MiniChart
                    layout={panel.layout}
                    analysis={panel.analysis}
                    lanes={shared.lanes}
                    height={shared.height}
                    x={x}
                    chartWidth={chartWidth}
                    asOf={asOfDay}
                    ticks={ticks}
                    changed={panel.changed}
                    actorLabel={actorLabel}
                    barTitle={titles(panel.journey, panel.analysis)}
                  />
                ) : (
                  <div className="sbs-failed">
                    <p>
                      <strong>{t('sideBySide.failed')}</strong>
                    </p>
                    <ul>
                      {panel.errors.map((e, k) => (
                        <li key={k}>{t(`issue.${e.code}`, { ...e.params })}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </div>
              {panel.ok && (
                <SideBySideTotals
                  analysis={panel.analysis}
                  baseline={isBase ? undefined : baseline}
                  language={language}
                />
              )}
            </div>
          </section>
        );
      })}
      <SideBySideLegend categories={shared.categories} headingId={`${uid}-legend`} />
    </section>
  );
}
