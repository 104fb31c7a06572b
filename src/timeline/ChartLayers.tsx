/**
 * The chart's drawing in days, under the bars, the bars, and over them: memoised, so that the
 * store's zoom changing draws it once, when deferred (Timeline.tsx).
 */
import { Suspense, lazy, memo } from 'react';
import type { Analysis } from '../domain';
import type { Labels } from '../kit/useLabels';
import { Axis } from './Axis';
import { Bars } from './Bars';
import type { BarInfos } from './barInfo';
import type { BarMark } from './barMarks';
import { FindingBands, FindingStrips } from './Findings';
import type { View, XScale } from './geometry';
import type { BarLayout } from './layout';
import { Events, Mandates, TodayLine } from './Markers';
import type { Slices } from './slices';
import type { ScenarioOverlayInput, TimelineModel } from './useTimelineModel';

// Drawn only while a scenario is on (their module comes with the comparison's: useScenarioView.ts).
const ScenarioOverlay = lazy(() => import('./ScenarioOverlay').then((m) => ({ default: m.ScenarioOverlay })));
const AppearingFindings = lazy(() => import('./ScenarioOverlay').then((m) => ({ default: m.AppearingFindings })));

type LayerProps = {
  model: TimelineModel;
  analysis: Analysis;
  x: XScale;
  /** The bars' scale and view: day → x without the pan's offset, and the view in it (Bars.tsx). */
  barsX: XScale;
  barView: View;
  chartWidth: number;
  asOfDay: number;
  labels: Labels;
  scenario: ScenarioOverlayInput;
  disappearing: Set<string>;
  reveal: (bar: BarLayout) => void;
  todayLabel: string;
  infos: BarInfos;
  marks: ReadonlyMap<string, BarMark>;
  slices: Slices;
};

/**
 * Everything drawn in days: memoised, so that the store's zoom changing draws it once, when
 * deferred. The parts under and over the bars are memoised apart: a new slice of a big journey
 * (slices.ts) renders the bars alone.
 */
export const ChartLayer = memo(function ChartLayer(props: LayerProps) {
  const { model, barsX, barView, asOfDay, labels, reveal, infos, marks, slices } = props;
  const { slices: _slices, barsX: _barsX, barView: _barView, ...rest } = props;
  return (
    <>
      <UnderBars {...rest} />
      <Bars
        model={model}
        x={barsX}
        view={barView}
        asOf={asOfDay}
        labels={labels}
        infos={infos}
        marks={marks}
        reveal={reveal}
        slices={slices}
      />
      <OverBars {...rest} />
    </>
  );
});

const UnderBars = memo(function UnderBars(props: Omit<LayerProps, 'slices' | 'barsX' | 'barView'>) {
  const { model, analysis, x, chartWidth, labels, scenario, disappearing } = props;
  return (
    <>
      <Axis x={x} width={chartWidth} height={model.height} language={labels.language} />
      <FindingBands model={model} analysis={analysis} x={x} width={chartWidth} labels={labels} />
      <FindingStrips
        model={model}
        analysis={analysis}
        x={x}
        width={chartWidth}
        labels={labels}
        disappearing={disappearing}
      />
      {scenario && (
        <Suspense fallback={null}>
          <AppearingFindings model={model} comparison={scenario.comparison} x={x} />
        </Suspense>
      )}
      <Mandates model={model} x={x} chartWidth={chartWidth} labels={labels} />
    </>
  );
});

const OverBars = memo(function OverBars(props: Omit<LayerProps, 'slices' | 'barsX' | 'barView'>) {
  const { model, x, chartWidth, asOfDay, labels, scenario, todayLabel } = props;
  return (
    <>
      {scenario && (
        <Suspense fallback={null}>
          <ScenarioOverlay
            model={model}
            comparison={scenario.comparison}
            x={x}
            chartWidth={chartWidth}
            labels={labels}
          />
        </Suspense>
      )}
      <Events model={model} x={x} chartWidth={chartWidth} labels={labels} />
      <TodayLine x={x} day={asOfDay} height={model.height} label={todayLabel} chartWidth={chartWidth} />
    </>
  );
});
