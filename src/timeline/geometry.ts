/** Pixel sizes of the timeline, and the day ↔ x mapping under the zoom. */
import type { DayNumber } from '../domain';
import type { ZoomTransform } from '../store/viewSlice';
import type { LaneLayout } from './layout';

export const LABEL_WIDTH = 180;
/**
 * The lane names' column at a text scale (`--chart-text`) in a chart box `boxWidth` px wide: it
 * grows with the names, so that Mötesläge's larger names (× 1.25: 225 px) are cut no more than
 * at the normal size, but never past a quarter of the box (a narrow window keeps its chart).
 */
export const labelWidth = (textScale: number, boxWidth: number) =>
  Math.round(Math.min(LABEL_WIDTH * Math.max(1, Math.min(textScale, 2)), Math.max(LABEL_WIDTH, boxWidth / 4)));
export const AXIS_HEIGHT = 60;
export const STRIP_ROW = 24;
export const STRIP_ROWS = ['gap', 'wait', 'greyzone', 'cliff'] as const;
export const BAR_ROW = 30;
export const BAR_HEIGHT = 24;
/** Programmes and benefits: responsibility without activity, drawn thinner. */
export const THIN_BAR_HEIGHT = 14;
export const MANDATE_ROW = 16;
export const EVENT_ROW = 20;
export const LANE_PAD = 6;
export const PAD_DAYS = 14;
/** How far past the chart's right edge an open-ended bar or mandate is drawn (it fades out there). */
export const OPEN_OVERRUN = 40;

/**
 * Pixels beyond each edge of the chart that are drawn in full: a pan or zoom gesture moves the
 * drawing by a transform (liveView.ts) and needs no new drawing while it stays within them.
 */
export function drawMargin(chartWidth: number): number {
  return Math.round(chartWidth / 2);
}

/**
 * The chart's visible x range in the coordinates a drawing is made in: 0 to the chart's width
 * for a drawing in view coordinates; the bars are drawn without the pan's offset and moved by it
 * (Bars.tsx), so their view is the offset's opposite to the width past it.
 */
export type View = { left: number; right: number };
/** No edges: what a bar drawn wholly inside the view is drawn with, so that a pan leaves it as it is (Bars.tsx). */
export const UNBOUNDED: View = { left: -Infinity, right: Infinity };

/**
 * Day → x, linear (what the chart used of d3-scale's scaleLinear, without loading it on the
 * first screen): call it with a day, `invert` an x, read `domain` and `range`.
 */
export type XScale = {
  (day: number): number;
  invert(x: number): number;
  domain(): [number, number];
  range(): [number, number];
};

export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): XScale {
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = (day: number) => r0 + (day - d0) * k;
  scale.invert = (x: number) => d0 + (x - r0) / k;
  scale.domain = (): [number, number] => [d0, d1];
  scale.range = (): [number, number] => [r0, r1];
  return scale;
}

/** The day → x scale with the zoom applied (as d3-zoom's rescaleX): day n covers [x(n), x(n + 1)). */
export function zoomedScale(base: XScale, zoom: ZoomTransform, width: number): XScale {
  return linearScale([base.invert(-zoom.x / zoom.k), base.invert((width - zoom.x) / zoom.k)], base.range());
}

export function baseScale(extent: { start: DayNumber; end: DayNumber }, width: number): XScale {
  return linearScale([extent.start - PAD_DAYS, extent.end + 1 + PAD_DAYS], [0, Math.max(width, 1)]);
}

/** The zoom that shows days [from, to] across the width. */
export function zoomToShow(base: XScale, width: number, from: DayNumber, to: DayNumber): ZoomTransform {
  const x0 = base(from);
  const x1 = base(to + 1);
  const k = width / Math.max(x1 - x0, 1e-6);
  return { k, x: -x0 * k };
}

export function laneHeight(lane: LaneLayout): number {
  return (
    LANE_PAD * 2 +
    (lane.hasEvents ? EVENT_ROW : 0) +
    Math.max(lane.rows, lane.mandateRows === 0 && !lane.hasEvents ? 1 : lane.rows) * BAR_ROW +
    lane.mandateRows * MANDATE_ROW
  );
}

export function lanePositions(lanes: LaneLayout[]): { top: number; height: number }[] {
  let top = 0;
  return lanes.map((lane) => {
    const height = laneHeight(lane);
    const pos = { top, height };
    top += height;
    return pos;
  });
}
