/**
 * d3-zoom attached to the chart in an effect: wheel, drag and pinch write the transform
 * into the store; React draws from the store. Only the x axis zooms.
 */
import { select } from 'd3-selection';
import { type ZoomBehavior, zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { type AppState, useStore } from '../store';
import type { ZoomTransform } from '../store/viewSlice';

const selectSetZoom = (s: AppState) => s.setZoom;

/**
 * `resetKey`: when it changes (another journey), the view goes back to `initial()` (the
 * journey's remembered view) or else to showing everything. A new width keeps the days in view.
 */
export function useZoom(
  target: RefObject<SVGGElement | null>,
  width: number,
  height: number,
  maxScale: number,
  resetKey: unknown,
  initial: () => ZoomTransform | null = () => null,
) {
  const setZoom = useStore(selectSetZoom);
  const behavior = useRef<ZoomBehavior<SVGGElement, unknown> | null>(null);
  const lastReset = useRef<unknown>(undefined);
  const lastWidth = useRef(0);
  const initialRef = useRef(initial);
  useLayoutEffect(() => {
    initialRef.current = initial;
  });

  useEffect(() => {
    const el = target.current;
    if (!el || width <= 0) return;
    const z = d3zoom<SVGGElement, unknown>()
      .extent([
        [0, 0],
        [width, height],
      ])
      .scaleExtent([0.5, Math.max(maxScale, 1)])
      .translateExtent([
        [-width * 0.25, 0],
        [width * 1.25, height],
      ])
      // In edit mode a press on a bar drags the bar, not the chart.
      .filter((event: MouseEvent & { target: Element | null }) => {
        if (useStore.getState().editMode && event.target?.closest?.('[data-draggable="true"]')) return false;
        // A plain wheel scrolls the page (a meeting scrolls past the chart); Ctrl or ⌘ with the wheel,
        // or a pinch (which browsers send as a wheel with Ctrl), zooms, as map widgets do.
        if (event.type === 'wheel') return event.ctrlKey || event.metaKey;
        return !event.ctrlKey && !event.button;
      })
      // d3's default speeds Ctrl+wheel up tenfold for pinches; a mouse notch (|deltaY| ≈ 100) keeps its pace.
      .wheelDelta((event: WheelEvent) => {
        const base = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
        const pinch = event.ctrlKey && Math.abs(event.deltaY) < 40;
        return -event.deltaY * base * (pinch ? 10 : 1);
      })
      .on('zoom', (event: { transform: { k: number; x: number } }) => {
        setZoom({ k: event.transform.k, x: event.transform.x });
      });
    const selection = select(el);
    selection.call(z);
    // Keep d3's own state in step with what the store shows (or start afresh).
    const fresh = lastReset.current !== resetKey;
    lastReset.current = resetKey;
    const stored = useStore.getState().zoom;
    const widthBefore = lastWidth.current;
    lastWidth.current = width;
    const current = fresh
      ? (initialRef.current() ?? { k: 1, x: 0 })
      : widthBefore > 0 && widthBefore !== width
        ? { k: stored.k, x: (stored.x * width) / widthBefore }
        : stored;
    z.transform(selection, zoomIdentity.translate(current.x, 0).scale(current.k));
    behavior.current = z;
    return () => {
      selection.on('.zoom', null);
      behavior.current = null;
    };
  }, [target, width, height, maxScale, setZoom, resetKey]);

  /** Moves the view to a transform through d3, so that d3 and the store agree. */
  function apply(t: ZoomTransform | ((current: ZoomTransform) => ZoomTransform)) {
    const next = typeof t === 'function' ? t(useStore.getState().zoom) : t;
    const el = target.current;
    const z = behavior.current;
    if (el && z) z.transform(select(el), zoomIdentity.translate(next.x, 0).scale(next.k));
    else setZoom(next);
  }

  function scaleBy(factor: number) {
    const el = target.current;
    const z = behavior.current;
    if (el && z) z.scaleBy(select(el), factor, [width / 2, 0]);
  }

  return { apply, scaleBy };
}
