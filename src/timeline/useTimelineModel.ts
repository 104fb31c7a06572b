import { useMemo } from 'react';
import { type Analysis, type Comparison, type Journey, dayNumber } from '../domain';
import type { Labels } from '../kit/useLabels';
import { AXIS_HEIGHT, STRIP_ROW, baseScale, lanePositions } from './geometry';
import { layoutTimeline } from './layout';

export type StripKind = 'gap' | 'wait' | 'greyzone' | 'cliff';
export type StripRow = { kind: StripKind; sub: number; top: number };

/** Sub-rows so that findings of one kind that share days never share a row. */
function subRows(periods: { start: string; end: string }[]): number[] {
  const rowEnds: number[] = [];
  return periods.map((p) => {
    const s = dayNumber(p.start);
    let row = rowEnds.findIndex((end) => end < s);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = dayNumber(p.end);
    return row;
  });
}

type Laid = { args: Parameters<typeof layoutTimeline>; layout: ReturnType<typeof layoutTimeline> };
let laid: Laid | null = null;

/**
 * The journey's layout in days and rows, kept for the last journey laid out: a big journey's is
 * made in a task before its chart's first render (Timeline.tsx, issue #26), which then finds it.
 */
export function prepareLayout(...args: Parameters<typeof layoutTimeline>): ReturnType<typeof layoutTimeline> {
  if (!laid || laid.args.some((a, i) => a !== args[i])) laid = { args, layout: layoutTimeline(...args) };
  return laid.layout;
}

/** The layout in days and rows, and the pixel positions that do not depend on zoom. */
export type ScenarioOverlayInput = { journey: Journey; analysis: Analysis; comparison: Comparison } | null;

export function useTimelineModel(
  journey: Journey,
  analysis: Analysis,
  labels: Labels,
  chartWidth: number,
  scenario: ScenarioOverlayInput = null,
  /** The height the chart may fill (a projector's screen): the lanes grow to it, at most by half. */
  fillHeight = 0,
  /** The reference day: a decided end before it with nothing recorded is marked. */
  asOf: string | null = null,
) {
  // Laid out once per journey: the chart's width (measured after the first render) moves the scale alone.
  const laidOut = useMemo(() => {
    // Interventions that only the scenario has get rows too, so that their outlines have room.
    const added = scenario
      ? scenario.comparison.interventions.filter((c) => c.change === 'added').map((c) => c.id)
      : [];
    const addedIdx = scenario
      ? scenario.journey.interventions.flatMap((iv, i) => (added.includes(iv.id) ? [i] : []))
      : [];
    const layoutJourney =
      scenario && added.length
        ? {
            ...journey,
            interventions: [...journey.interventions, ...addedIdx.map((i) => scenario.journey.interventions[i])],
          }
        : journey;
    const layoutAnalysis =
      scenario && added.length
        ? {
            ...analysis,
            interventions: [...analysis.interventions, ...addedIdx.map((i) => scenario.analysis.interventions[i])],
          }
        : analysis;
    // With a scenario the layout is its own (its dates widen the extent below); without, shared.
    const layout = scenario
      ? layoutTimeline(layoutJourney, layoutAnalysis, labels.catalogue, asOf)
      : prepareLayout(journey, analysis, labels.catalogue, asOf);
    // "Visa allt" shows the scenario's dates too.
    for (const c of scenario?.comparison.interventions ?? []) {
      for (const d of [c.scenarioStart, c.scenarioEnd]) {
        if (!d) continue;
        layout.extent.start = Math.min(layout.extent.start, dayNumber(d));
        layout.extent.end = Math.max(layout.extent.end, dayNumber(d));
      }
    }
    const appeared = new Set(scenario?.comparison.appeared.map((f) => f.kind) ?? []);
    const waits = analysis.forstegWaits.filter((w) => w.days > 0);
    const greyRows = subRows(analysis.greyZones);
    const counts: [StripKind, number][] = [
      ['gap', analysis.gaps.length || appeared.has('gap') ? 1 : 0],
      [
        'wait',
        waits.length
          ? Math.max(...subRows(waits.map((w) => ({ start: w.start!, end: w.end! })))) + 1
          : appeared.has('wait')
            ? 1
            : 0,
      ],
      ['greyzone', greyRows.length ? Math.max(...greyRows) + 1 : appeared.has('greyzone') ? 1 : 0],
      // Each cliff gets its own row: their sentences are long and often end on the same day.
      ['cliff', Math.max(analysis.cliffs.length, appeared.has('cliff') ? 1 : 0)],
    ];
    const stripTop = AXIS_HEIGHT + 2;
    const strips: StripRow[] = [];
    for (const [kind, n] of counts) {
      for (let sub = 0; sub < n; sub++) strips.push({ kind, sub, top: stripTop + strips.length * STRIP_ROW });
    }
    const lanesTop = stripTop + strips.length * STRIP_ROW + 6;
    const natural = lanePositions(layout.lanes);
    const lanesEnd = natural.length ? natural[natural.length - 1].top + natural[natural.length - 1].height : 0;
    // Room to spare is shared by the lanes, their content centred in it (`top` is where the content starts).
    const spare = Math.max(0, Math.min(fillHeight - (lanesTop + lanesEnd + 4), lanesEnd * 0.5));
    const grow = natural.length ? Math.floor(spare / natural.length) : 0;
    const positions = natural.map((p, i) => {
      const laneTop = lanesTop + p.top + i * grow;
      return { laneTop, top: laneTop + Math.floor(grow / 2), height: p.height + grow };
    });
    const last = positions[positions.length - 1];
    const height = (last ? last.laneTop + last.height : lanesTop) + 4;
    const stripY = (kind: StripKind, sub = 0) => strips.find((r) => r.kind === kind && r.sub === sub)?.top ?? stripTop;
    return { layout, strips, stripY, greyRows, stripTop, lanesTop, positions, height, scenarioOnly: new Set(added) };
  }, [journey, analysis, labels.catalogue, scenario, fillHeight, asOf]);
  return useMemo(() => ({ ...laidOut, base: baseScale(laidOut.layout.extent, chartWidth) }), [laidOut, chartWidth]);
}

export type TimelineModel = ReturnType<typeof useTimelineModel>;
