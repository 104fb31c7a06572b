/**
 * The survival curve of the waits after försteg ("share still waiting after N days"): a
 * Kaplan-Meier step line from the figures' survival table, a mark where a wait is still
 * open (censored), and the median marked. Pure: figures in, marks out.
 */
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { SurvivalRow } from '../domain';
import { type Frame, type Tick, innerHeight } from './frame';

export type SurvivalMarks = {
  path: string;
  censored: { day: number; survival: number; x: number; y: number; count: number }[];
  median: { day: number; x: number; y: number } | null;
  xTicks: Tick[];
  yTicks: Tick[];
  maxDay: number;
};

/**
 * `cap`: the last day drawn (a year by default): the few very long waits would squeeze the
 * months that matter into a corner; the curve runs flat to the edge after the last step drawn.
 */
export function survivalLayout(
  all: readonly SurvivalRow[],
  median: number | null,
  f: Frame,
  cap = 365,
  /** With small cells hidden the rows are bands, and the curve stops at the last one (section 7 reading). */
  banded = false,
): SurvivalMarks {
  const maxDay = Math.min(cap, Math.max(30, ...all.map((r) => r.day)));
  const x = scaleLinear()
    .domain([0, maxDay])
    .range([f.left, f.width - f.right])
    .nice();
  const rows = all.filter((r) => r.day <= x.domain()[1]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([f.top + innerHeight(f), f.top]);
  const end = x.domain()[1];
  // The curve starts at 1 on day 0 and steps down at each event time; it runs on to the axis end.
  const points: [number, number][] = [[0, 1], ...rows.map((r): [number, number] => [r.day, r.survival])];
  if (!banded) points.push([end, points[points.length - 1][1]]);
  const path =
    line<[number, number]>()
      .x(([d]) => x(d))
      .y(([, s]) => y(s))
      .curve(curveStepAfter)(points) ?? '';
  return {
    path,
    // Banded, a censoring tick would show one person: the bands' table counts them instead.
    censored: (banded ? [] : rows)
      .filter((r) => r.censored > 0)
      .map((r) => ({ day: r.day, survival: r.survival, x: x(r.day), y: y(r.survival), count: r.censored })),
    median: median === null ? null : { day: median, x: x(median), y: y(0.5) },
    xTicks: x.ticks(6).map((value) => ({ value, at: x(value) })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((value) => ({ value, at: y(value) })),
    maxDay: end,
  };
}
