/**
 * The zoom remembered per journey (src/io/journeySettings.ts), as the days in view: given
 * back when the journey opens (`initial`, for useZoom) and kept as it changes.
 */
import { useEffect } from 'react';
import { dayNumber, isoDate } from '../domain';
import { type ZoomDays, rememberZoom, rememberedFor, validZoom } from '../io/journeySettings';
import { selectZoom, useStore } from '../store';
import type { ZoomTransform } from '../store/viewSlice';
import { type XScale, zoomToShow, zoomedScale } from './geometry';

/** The days in view under a zoom (null: the whole journey, the default view). */
export function daysInView(base: XScale, zoom: ZoomTransform, width: number): ZoomDays | null {
  if (zoom.k === 1 && zoom.x === 0) return null;
  const [from, to] = zoomedScale(base, zoom, width).domain();
  return validZoom({ from: isoDate(Math.round(from)), to: isoDate(Math.round(to) - 1) });
}

/**
 * The zoom that shows `days` at this width, or null when the chart cannot show them: a zoom
 * out of its range, or days that miss the journey (stored for an older version of it, say).
 */
export function zoomFromDays(
  days: ZoomDays | undefined,
  base: XScale,
  width: number,
  [min, max]: [number, number],
): ZoomTransform | null {
  if (!days) return null;
  const from = dayNumber(days.from);
  const to = dayNumber(days.to);
  const [start, end] = base.domain();
  if (to < start || from > end) return null;
  const t = zoomToShow(base, width, from, to);
  return Number.isFinite(t.k) && Number.isFinite(t.x) && t.k >= min && t.k <= max ? t : null;
}

/** The journey's remembered zoom at this width, or null. */
export function rememberedZoom(key: string, base: XScale, width: number, extent: [number, number]) {
  return zoomFromDays(rememberedFor(key).zoom, base, width, extent);
}

/** Keeps the days in view for the journey as the zoom changes. Call after useZoom (its effect sets a new journey's zoom first). */
export function useKeepZoom(journeyKey: string, base: XScale, width: number) {
  const zoom = useStore(selectZoom);
  useEffect(() => {
    // Read from the store, not this render: when another journey opened, useZoom has just set its zoom.
    rememberZoom(journeyKey, daysInView(base, useStore.getState().zoom, width));
  }, [zoom, journeyKey, base, width]);
}
