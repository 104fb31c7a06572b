/**
 * d3-zoom attached to the chart in an effect. Only the x axis zooms. Each step of a wheel, drag
 * or pinch gesture moves the drawn chart by a transform (`live`, liveView.ts); the transform goes
 * into the store, and React draws from it, when the gesture ends (d3-zoom's `end`: 150 ms after
 * the last wheel step, on mouse up), or sooner if the gesture reaches past what was drawn.
 * Buttons, keys and code go into the store at once.
 *
 * d3-zoom (with d3-selection, d3-transition, d3-interpolate and d3-color) loads after the
 * chart is first drawn, not with the first screen (issue #11); the buttons and keys that
 * zoom before it has arrived wait for it.
 */
import type { Selection } from 'd3-selection';
import type { ZoomBehavior } from 'd3-zoom';
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import { type AppState, useStore } from '../store';
import type { ZoomTransform } from '../store/viewSlice';
import { type LiveView, sameZoom } from './liveView';

const selectSetZoom = (s: AppState) => s.setZoom;

type D3 = [typeof import('d3-selection'), typeof import('d3-zoom')];
let loading: Promise<D3> | null = null;
let loaded: D3 | null = null;
/** d3-selection and d3-zoom, loaded once. */
const loadD3 = () => (loading ??= Promise.all([import('d3-selection'), import('d3-zoom')]).then((m) => (loaded = m)));

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
  live: LiveView,
  initial: () => ZoomTransform | null = () => null,
) {
  const setZoom = useStore(selectSetZoom);
  const behavior = useRef<{
    z: ZoomBehavior<SVGGElement, unknown>;
    selection: Selection<SVGGElement, unknown, null, undefined>;
    d3: typeof import('d3-zoom');
  } | null>(null);
  const lastReset = useRef<unknown>(undefined);
  const lastWidth = useRef(0);
  const initialRef = useRef(initial);
  useLayoutEffect(() => {
    initialRef.current = initial;
  });
  /** Zoom steps asked for before d3-zoom was attached: done as soon as it is. */
  const waiting = useRef<(() => void)[]>([]);

  useEffect(() => {
    const el = target.current;
    if (!el || width <= 0) return;
    // Another journey: its remembered view (or the whole of it) goes into the store at once, not when
    // d3-zoom has arrived, so that nothing (useKeepZoom) reads the last journey's view as this one's.
    if (lastReset.current !== resetKey) {
      lastReset.current = resetKey;
      lastWidth.current = width;
      setZoom(initialRef.current() ?? { k: 1, x: 0 });
    }
    /** The live zoom into the store, where React draws it (nothing when it is there already). */
    const commit = (t: ZoomTransform) => {
      if (!sameZoom(useStore.getState().zoom, t)) setZoom(t);
    };
    let cancelled = false;
    let attached: Selection<SVGGElement, unknown, null, undefined> | null = null;
    // After the chart's first frame is painted (the wait is nothing once d3-zoom is here).
    const attach = ([{ select }, d3]: D3) => {
      if (cancelled) return;
      const z = d3
        .zoom<SVGGElement, unknown>()
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
        .on('zoom', (event: { transform: { k: number; x: number }; sourceEvent: Event | null }) => {
          const t = { k: event.transform.k, x: event.transform.x };
          const inside = live.show(t);
          if (!event.sourceEvent || !inside) commit(t);
        })
        .on('end', () => commit(live.live));
      const selection = select(el);
      selection.call(z);
      attached = selection;
      // Keep d3's own state in step with what the store shows (a new width keeps the days in view).
      const stored = useStore.getState().zoom;
      const widthBefore = lastWidth.current;
      lastWidth.current = width;
      const current =
        widthBefore > 0 && widthBefore !== width ? { k: stored.k, x: (stored.x * width) / widthBefore } : stored;
      z.transform(selection, d3.zoomIdentity.translate(current.x, 0).scale(current.k));
      behavior.current = { z, selection, d3 };
      // Gestures are heard from now on (tests that pinch or drag wait for this).
      el.setAttribute('data-gestures', 'ready');
      for (const run of waiting.current.splice(0)) run();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    if (loaded) attach(loaded);
    else
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => void loadD3().then(attach), 0);
      });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      cancelled = true;
      attached?.on('.zoom', null);
      el.removeAttribute('data-gestures');
      behavior.current = null;
    };
  }, [target, width, height, maxScale, setZoom, resetKey, live]);

  // The store's zoom set from elsewhere (another journey, printing): the live view and d3-zoom's own
  // state follow it, without a zoom event.
  useEffect(
    () =>
      useStore.subscribe((s, prev) => {
        if (s.zoom === prev.zoom || sameZoom(s.zoom, live.live)) return;
        live.show(s.zoom);
        const b = behavior.current;
        b?.selection.property('__zoom', b.d3.zoomIdentity.translate(s.zoom.x, 0).scale(s.zoom.k));
      }),
    [live],
  );

  /** Moves the view to a transform through d3, so that d3 and the store agree. */
  function apply(t: ZoomTransform | ((current: ZoomTransform) => ZoomTransform)) {
    const next = typeof t === 'function' ? t(useStore.getState().zoom) : t;
    const b = behavior.current;
    if (b) b.z.transform(b.selection, b.d3.zoomIdentity.translate(next.x, 0).scale(next.k));
    else setZoom(next);
  }

  function scaleBy(factor: number) {
    const b = behavior.current;
    if (b) b.z.scaleBy(b.selection, factor, [width / 2, 0]);
    // Before d3-zoom has arrived (a moment after the first paint): as soon as it has.
    else waiting.current.push(() => scaleBy(factor));
  }

  return { apply, scaleBy };
}
