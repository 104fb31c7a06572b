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

/** The journey's remembered zoom at this width, or null (none, or one the chart cannot show). */
export function rememberedZoom(
  key: string,
  base: XScale,
  width: number,
  [min, max]: [number, number],
): ZoomTransform | null {
  const days = rememberedFor(key).zoom;
  if (!days) return null;
  const t = zoomToShow(base, width, dayNumber(days.from), dayNumber(days.to));
  // A view the chart cannot zoom to (stored for an older, longer journey, say) is not applied.
  return Number.isFinite(t.k) && Number.isFinite(t.x) && t.k >= min && t.k <= max ? t : null;
}

/** Keeps the days in view for the journey as the zoom changes. Call after useZoom (its effect sets a new journey's zoom first). */
export function useKeepZoom(journeyKey: string, base: XScale, width: number) {
  const zoom = useStore(selectZoom);
  useEffect(() => {
    // Read from the store, not this render: when another journey opened, useZoom has just set its zoom.
    rememberZoom(journeyKey, daysInView(base, useStore.getState().zoom, width));
  }, [zoom, journeyKey, base, width]);
}
