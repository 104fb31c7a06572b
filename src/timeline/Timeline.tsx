import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { type Analysis, type Journey, addMonths, dayNumber } from '../domain';
import { selectJourneyKey, selectZoom, useStore } from '../store';
import type { Labels } from '../kit/useLabels';
import { ChartLayer } from './ChartLayers';
import { barInfos } from './barInfo';
import { type BarMark, barOrder, planBarMarks } from './barMarks';
import { BarKeyList } from './BarKeyList';
import { preloadMilestoneTicks } from './BarTags';
import { TimelineDefs } from './defs';
import { OPEN_OVERRUN, drawMargin, labelWidth, zoomToShow, zoomedScale } from './geometry';
import { textScale } from './text';
import type { BarLayout } from './layout';
import { LaneBackgrounds, LaneLabels } from './Lanes';
import { Legend } from './Legend';
import { type ScenarioOverlayInput, prepareLayout, useTimelineModel } from './useTimelineModel';
import { createLiveView } from './liveView';
import { useTextSpacing } from './useTextSpacing';
import { WheelHint, useWheelHint } from './WheelHint';
import { useMeasuredWidth } from './useWidth';
import { useZoom } from './useZoom';
import { rememberedZoom, useKeepZoom } from './useRememberedZoom';
import { useFillHeight } from './useFillHeight';
import { usePrinting } from '../store/presentation';
import { usePresentation } from '../store/presentation';
import { ZoomControls } from './ZoomControls';

import { useSlices } from './slices';
import { BIG_JOURNEY } from '../store/prepare';

// Parts that do not move with the zoom render once per journey, not once per frame.
const StaticLaneBackgrounds = memo(LaneBackgrounds);
const StaticLaneLabels = memo(LaneLabels);
const StaticLegend = memo(Legend);
const NO_MARKS: ReadonlyMap<string, BarMark> = new Map();
/** The width a chart is laid out for before its box is measured (nothing is drawn at it). */
const FALLBACK_WIDTH = 900;

type Props = {
  journey: Journey;
  analysis: Analysis;
  asOf: string;
  asOfIsToday: boolean;
  labels: Labels;
  scenario?: ScenarioOverlayInput;
  /**
   * Whether the legend under the chart is drawn. The page draws it with the totals and tables, in the
   * deferred render after the chart (below the fold on a projector; issue #26): all in one commit, while
   * the page says it is busy, so nothing below the chart moves after a person could click it.
   */
  legend?: boolean;
};

/**
 * The journey as swimlanes over time, with its findings drawn on it. Memo: the app's second, deferred
 * render for its tables (useDeferredValue in App) passes the same journey and need not draw it again.
 *
 * Another big journey (more than BIG_JOURNEY interventions) is drawn in a task after the page's: the
 * page, its analysis and its totals first, then the chart's layout, names and first slice
 * (issue #26: together they held the page for 0.5–0.7 s at 10,000 interventions). Meanwhile the
 * chart's place is held, busy, with its heading.
 */
export const Timeline = memo(function Timeline(props: Props) {
  const journeyKey = useStore(selectJourneyKey);
  const printing = usePrinting() !== null;
  const [ready, setReady] = useState<{ key: unknown; width: number | null }>({ key: null, width: null });
  const waiting = ready.key !== journeyKey && !printing && props.journey.interventions.length > BIG_JOURNEY;
  // Drawn at once: the journey counts as shown (an edit past BIG_JOURNEY interventions does not wait).
  if (!waiting && ready.key !== journeyKey) setReady({ key: journeyKey, width: null });
  const place = useRef<HTMLDivElement>(null);
  const { journey, analysis, labels, asOf, scenario } = props;
  useEffect(() => {
    if (!waiting) return;
    // After the page's frame is drawn (its layout is not left to the chart), two tasks of their own:
    // the chart's width and its layout in days and rows, then the chart, as a transition (React
    // renders it in pieces and answers a click between them).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const width = place.current?.clientWidth ?? null;
        // The bars' order by start (their numbers) too: it is the same at every zoom.
        if (!scenario) barOrder(prepareLayout(journey, analysis, labels.catalogue, asOf).bars);
        timer = setTimeout(() => startTransition(() => setReady({ key: journeyKey, width })), 0);
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waiting, journeyKey, journey, analysis, labels.catalogue, asOf, scenario]);
  if (waiting) return <TimelineWaiting place={place} />;
  return <TimelineChart {...props} knownWidth={ready.width} />;
});

function TimelineWaiting({ place }: { place: React.RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation();
  return (
    <section className="timeline panel" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      </div>
      <div
        ref={place}
        className="timeline-chart timeline-waiting"
        data-testid="timeline"
        aria-busy="true"
        data-drawing=""
      >
        <p role="status">{t('timeline.drawing')}</p>
      </div>
    </section>
  );
}

const TimelineChart = memo(function TimelineChart({
  journey,
  analysis,
  asOf,
  asOfIsToday,
  labels,
  scenario = null,
  legend = true,
  knownWidth,
}: Props & { knownWidth: number | null }) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const zoomTarget = useRef<SVGGElement>(null);
  // Until the chart's box is measured (before the first paint) nothing in it is drawn: drawing
  // it at a guessed width first cost the first screen a whole chart (issue #26).
  const measured = useMeasuredWidth(containerRef, knownWidth);
  const totalWidth = measured ?? FALLBACK_WIDTH;
  // The reader's own letter and word spacing: when it changes, every label is fitted again.
  // Mötesläge enlarges the chart's text (CSS): the labels are fitted again to that size.
  const meetingMode = usePresentation((s) => s.meetingMode);
  const textKey = useTextSpacing(containerRef, meetingMode);
  const wheelHint = useWheelHint();
  // The sickness milestones' code, once the chart has painted (not on the first screen: BarTags.tsx).
  useEffect(() => {
    const frame = requestAnimationFrame(() => setTimeout(preloadMilestoneTicks, 0));
    return () => cancelAnimationFrame(frame);
  }, []);
  // The lane names' column grows with the chart's text (Mötesläge); textKey changes when it does.
  const column = labelWidth(textScale(), totalWidth);
  const chartWidth = Math.max(totalWidth - column, 200);
  const printing = usePrinting() !== null;
  const fillHeight = useFillHeight(containerRef, !printing);
  const model = useTimelineModel(journey, analysis, labels, chartWidth, scenario, fillHeight, asOf);
  const disappearing = useMemo(
    () => new Set(scenario?.comparison.disappeared.map((f) => `${f.kind}:${f.key}`) ?? []),
    [scenario],
  );
  // Another journey starts with everything in view; edits keep the view where it is.
  const journeyKey = useStore(selectJourneyKey);
  // A new zoom is drawn in the background (React may split the work), the gesture's transform
  // showing it meanwhile (liveView.ts); at once for another journey and for printing.
  const committed = useStore(selectZoom);
  const pair = useMemo(() => ({ key: journeyKey, zoom: committed }), [journeyKey, committed]);
  const deferred = useDeferredValue(pair);
  const zoom = printing || deferred.key !== journeyKey ? committed : deferred.zoom;
  const [live] = useState(() => createLiveView(useStore.getState().zoom));
  const svgRef = useCallback((el: SVGSVGElement | null) => live.setSvg(el), [live]);
  const layerRef = useCallback((el: SVGGElement | null) => live.setLayer(el), [live]);
  const moverRef = useCallback((el: HTMLDivElement | null) => live.setMover(el), [live]);
  const days = model.layout.extent.end - model.layout.extent.start + 1;
  const maxScale = Math.max((60 * days) / chartWidth, 2);
  const initialZoom = () => rememberedZoom(journeyKey, model.base, chartWidth, [0.5, Math.max(maxScale, 1)]);
  const { apply, scaleBy } = useZoom(zoomTarget, chartWidth, model.height, maxScale, journeyKey, live, initialZoom);
  useKeepZoom(journeyKey, model.base, chartWidth);
  const x = useMemo(() => zoomedScale(model.base, zoom, chartWidth), [model.base, zoom, chartWidth]);
  // The bars are drawn without the pan's offset and moved by it: a pan draws again only those at the view's edges (Bars.tsx).
  // Keyed on the zoom to 12 digits: a pan's arithmetic leaves the scale's last bits moving, which would draw every bar again.
  const barsK = Number(zoom.k.toPrecision(12));
  const barsX = useMemo(() => zoomedScale(model.base, { k: barsK, x: 0 }, chartWidth), [model.base, barsK, chartWidth]);
  const barView = useMemo(() => ({ left: -zoom.x, right: chartWidth - zoom.x }), [zoom.x, chartWidth]);
  // Names, labels and dates: once per journey and language, not per bar per frame.
  const infos = useMemo(() => barInfos(model.layout.bars, labels, t), [model.layout.bars, labels, t]);
  // A big journey's first slice is drawn without the names placed after bars and the numbers, which
  // come right after it (issue #26: placing 10,000 names took 100-150 ms), as a transition: React
  // draws the badges and key entries they bring in pieces, answering clicks between them. The
  // slices grow once they are in.
  const [marksKey, setMarksKey] = useState<unknown>(null);
  // A big journey is drawn in slices, the bars in view first (slices.ts); printing draws them all.
  const slices = useSlices(
    journeyKey,
    model.layout.bars,
    x.invert(-drawMargin(chartWidth)),
    x.invert(chartWidth + drawMargin(chartWidth)),
    printing,
    marksKey !== journeyKey,
  );
  const marksWait = !slices.done && marksKey !== journeyKey;
  useEffect(() => {
    if (!marksWait) return;
    const timer = setTimeout(() => startTransition(() => setMarksKey(journeyKey)), 0);
    return () => clearTimeout(timer);
  }, [marksWait, journeyKey]);
  // Names that do not fit their bar: after it, or a number keyed to the list under the chart.
  // Nothing is drawn before the chart's box is measured: no names are placed for a guessed width either.
  const isMeasured = measured !== null;
  const marks = useMemo(
    () =>
      !isMeasured || marksWait
        ? NO_MARKS
        : planBarMarks(
            model.layout.bars,
            model.layout.bars.map((_, i) => infos.label(i)),
            barsX,
            barView,
            model.scenarioOnly,
          ),
    // textKey: the names are fitted again when the text's size or spacing changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [isMeasured, marksWait, model.layout.bars, infos, barsX, barView, model.scenarioOnly, textKey],
  );
  const indexOf = useMemo(() => new Map(model.layout.bars.map((b, i) => [b.id, i])), [model.layout.bars]);
  const asOfDay = dayNumber(asOf);
  // What was drawn: a gesture needs no new drawing while it shows only these days. Open-ended bars
  // fade out just past the right edge, so with them the drawing reaches only that far to the right.
  const openEnded = useMemo(
    () =>
      model.layout.bars.some((b) => b.end === null) ||
      model.layout.mandates.some((m) => m.end === null) ||
      (scenario?.comparison.interventions.some((c) => c.scenarioStart !== null && c.scenarioEnd === null) ?? false),
    [model.layout, scenario],
  );
  useLayoutEffect(() => {
    const margin = drawMargin(chartWidth);
    const right = openEnded ? OPEN_OVERRUN : margin;
    live.drawn({
      zoom,
      base: model.base,
      width: chartWidth,
      from: x.invert(-margin),
      to: x.invert(chartWidth + right),
    });
  }, [live, zoom, model.base, chartWidth, x, openEnded]);

  // A bar reached by keyboard while out of view: the view moves so that it starts a fifth in.
  const revealRef = useRef({ apply, base: model.base, chartWidth });
  useLayoutEffect(() => {
    revealRef.current = { apply, base: model.base, chartWidth };
  });
  const reveal = useCallback((bar: BarLayout) => {
    const { apply: go, base, chartWidth: w } = revealRef.current;
    go((z) => ({ k: z.k, x: w * 0.2 - base(bar.start) * z.k }));
  }, []);

  const showAll = () => apply({ k: 1, x: 0 });
  const next6 = () => apply(zoomToShow(model.base, chartWidth, asOfDay - 14, dayNumber(addMonths(asOf, 6))));
  const pan = (px: number) => apply((z) => ({ k: z.k, x: z.x + px }));

  function onKeyDown(e: React.KeyboardEvent) {
    if (e.target !== e.currentTarget) return;
    const handled = (
      {
        '+': () => scaleBy(1.5),
        '=': () => scaleBy(1.5),
        '-': () => scaleBy(1 / 1.5),
        ArrowLeft: () => pan(chartWidth / 5),
        ArrowRight: () => pan(-chartWidth / 5),
        '0': showAll,
        Home: showAll,
      } as Record<string, () => void>
    )[e.key];
    if (handled) {
      e.preventDefault();
      handled();
    }
  }

  const categories = useMemo(() => [...new Set(model.layout.bars.map((b) => b.category))], [model.layout.bars]);
  const todayLabel = asOfIsToday ? t('timeline.today') : t('timeline.asOf', { date: labels.day(asOf) });

  return (
    <section className="timeline panel" aria-labelledby="timeline-heading">
      <div className="timeline-head">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        <ZoomControls onIn={() => scaleBy(1.5)} onOut={() => scaleBy(1 / 1.5)} onAll={showAll} onNext6={next6} />
      </div>
      <div
        ref={containerRef}
        className="timeline-chart"
        data-testid="timeline"
        tabIndex={0}
        role="region"
        aria-label={t('timeline.chartLabel', { ref: journey.participant.ref })}
        aria-busy={!slices.done || undefined}
        data-drawing={slices.done ? undefined : ''}
        onKeyDown={onKeyDown}
        onWheel={(e) => {
          if (!e.ctrlKey && !e.metaKey) wheelHint.show();
        }}
      >
        <WheelHint hint={wheelHint} />
        <svg
          ref={svgRef}
          width={totalWidth}
          height={model.height}
          className="timeline-svg"
          data-zoom-k={zoom.k.toFixed(3)}
          data-zoom-x={zoom.x.toFixed(1)}
          data-label-width={column}
        >
          {measured !== null && (
            <>
              <TimelineDefs clipWidth={chartWidth} clipHeight={model.height} />
              <StaticLaneBackgrounds model={model} totalWidth={totalWidth} />
              <StaticLaneLabels model={model} labels={labels} textKey={textKey} column={column} />
              <g transform={`translate(${column},0)`}>
                <g ref={zoomTarget} data-testid="timeline-viewport" className="timeline-viewport">
                  <rect width={chartWidth} height={model.height} fill="transparent" />
                  {/* The drawing in a layer of its own (an HTML box, which the browser can move without
                  painting it again: liveView.ts), clipped to the chart; exports put it back in the SVG. */}
                  <foreignObject width={chartWidth} height={model.height} className="timeline-live-box" key={textKey}>
                    <div className="timeline-live-clip" style={{ width: chartWidth, height: model.height }}>
                      <div ref={moverRef} className="timeline-live-mover" data-testid="timeline-mover">
                        <svg width={chartWidth} height={model.height} className="timeline-live-svg" role="none">
                          <g ref={layerRef} className="timeline-live" data-testid="timeline-live">
                            <ChartLayer
                              model={model}
                              analysis={analysis}
                              x={x}
                              barsX={barsX}
                              barView={barView}
                              chartWidth={chartWidth}
                              asOfDay={asOfDay}
                              labels={labels}
                              scenario={scenario}
                              disappearing={disappearing}
                              reveal={reveal}
                              todayLabel={todayLabel}
                              infos={infos}
                              marks={marks}
                              slices={slices}
                            />
                          </g>
                        </svg>
                      </div>
                    </div>
                  </foreignObject>
                </g>
              </g>
            </>
          )}
        </svg>
      </div>
      {measured !== null && <BarKeyList marks={marks} slices={slices} indexOf={indexOf} />}
      {legend && <StaticLegend categories={categories} scenario={scenario !== null} />}
    </section>
  );
});
