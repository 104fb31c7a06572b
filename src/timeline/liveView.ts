/**
 * The view during a zoom or pan gesture (issue #11): each wheel step or mouse move moves the
 * drawn chart by one transform on its layer, without React; the chart is drawn again (labels
 * fitted, items culled, ticks chosen) when the gesture ends, or sooner when the gesture
 * reaches past what was drawn.
 *
 * `rendered` is the zoom the chart was last drawn with; `live` the zoom d3-zoom is at. The layer
 * maps the one onto the other: x_live = (x_rendered − R.x) · s + L.x with s = L.k / R.k.
 *
 * A pan (s = 1) moves the HTML box the drawing sits in (`mover`, a composited layer of its own:
 * `will-change: transform`), so that the browser moves the pixels it has and paints nothing again;
 * an SVG transform would repaint the whole chart on every step. A zoom (s ≠ 1) transforms the SVG
 * layer itself, as text and symbols must be drawn again at their size: while
 * s ≠ 1 the layer carries `data-scaled`, and text and symbols are scaled back by 1 / s, so that they
 * keep their size (app.css, "During a zoom gesture"). That 1 / s is written in a style sheet of its
 * own (`inverseSheet`), not on the layer: a property inherited by the layer would restyle every
 * element under it on every step (10,000 bars), a rule restyles only the text and symbols.
 */
import type { ZoomTransform } from '../store/viewSlice';
import type { XScale } from './geometry';

export type Drawn = {
  zoom: ZoomTransform;
  /** The unzoomed day → x scale and the chart's width. */
  base: XScale;
  width: number;
  /** The days drawn in full (the view and its margins): a live view inside them needs no new drawing. */
  from: number;
  to: number;
};

export type LiveView = {
  /** The zoom d3-zoom is at (the store's zoom once the gesture has been drawn). */
  readonly live: ZoomTransform;
  /** Moves the layer to show `t`; false when `t` shows days that were not drawn. */
  show(t: ZoomTransform): boolean;
  /** The chart was drawn: the layer now maps that drawing onto the live view. */
  drawn(d: Drawn): void;
  /** The layer, the HTML box that holds it and the SVG the live zoom is written on (`data-live-k`, `data-live-x`). */
  setLayer(el: SVGGElement | null): void;
  setMover(el: HTMLElement | null): void;
  setSvg(el: SVGSVGElement | null): void;
};

/** Told after each gesture step has moved the drawing (the details card follows its item with it). */
const moveListeners = new Set<() => void>();
export function onLiveMove(listener: () => void): () => void {
  moveListeners.add(listener);
  return () => void moveListeners.delete(listener);
}

/** Same zoom, to the precision anything is drawn with. */
export function sameZoom(a: ZoomTransform, b: ZoomTransform): boolean {
  return Math.abs(a.k - b.k) < 1e-9 && Math.abs(a.x - b.x) < 1e-6;
}

/** The layer's transform that shows a drawing made at `rendered` as `live` (null: none needed). */
export function layerTransform(rendered: ZoomTransform, live: ZoomTransform): { s: number; tx: number } | null {
  if (sameZoom(rendered, live)) return null;
  const s = live.k / rendered.k;
  return { s, tx: live.x - rendered.x * s };
}

/** The days the view shows at zoom `t`. */
export function daysShown(base: XScale, width: number, t: ZoomTransform): [number, number] {
  return [base.invert(-t.x / t.k), base.invert((width - t.x) / t.k)];
}

/** Writes the scale that text and symbols are drawn back with during a zoom gesture (null: none). */
export type InverseWriter = (inverse: number | null) => void;

const SCALED = '.timeline-live[data-scaled]';
const SCALED_BACK = [
  `${SCALED} text`,
  `${SCALED} .event > path`,
  `${SCALED} :is(.cliff, .bar-limit, .appearing-findings g) > path`,
];

/** The rule in a constructed style sheet of the document's own (allowed by the CSP, unlike a <style> element). */
export function inverseSheet(): InverseWriter {
  let sheet: CSSStyleSheet | null = null;
  let last: number | null = null;
  return (inverse) => {
    if (inverse === last || typeof CSSStyleSheet === 'undefined') return;
    last = inverse;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    sheet.replaceSync(inverse === null ? '' : `${SCALED_BACK.join(',')}{transform:scaleX(${inverse})}`);
  };
}

/** One sheet for the page: charts drawn again (or side by side) do not add sheets of their own. */
let pageInverse: InverseWriter | null = null;

export function createLiveView(
  initial: ZoomTransform,
  writeInverse: InverseWriter = (pageInverse ??= inverseSheet()),
): LiveView {
  let live = initial;
  let drawn: Drawn | null = null;
  let layer: SVGGElement | null = null;
  let mover: HTMLElement | null = null;
  let svg: SVGSVGElement | null = null;

  function apply() {
    if (svg) {
      svg.dataset.liveK = live.k.toFixed(3);
      svg.dataset.liveX = live.x.toFixed(1);
    }
    if (!layer || !drawn) return;
    const m = layerTransform(drawn.zoom, live);
    const scaled = m !== null && Math.abs(m.s - 1) > 1e-9;
    if (scaled) layer.setAttribute('transform', `translate(${m.tx},0) scale(${m.s},1)`);
    else if (layer.hasAttribute('transform')) layer.removeAttribute('transform');
    // Without a mover (tests, an SVG of its own) a pan is an SVG transform too.
    const moved = m !== null && !scaled ? m.tx : 0;
    if (mover) {
      mover.style.transform = moved ? `translate(${moved}px,0)` : '';
      // A zoom repaints the layer on every step: then it is no layer of its own, whose margins would be painted too.
      mover.style.willChange = scaled ? 'auto' : '';
    } else if (moved) layer.setAttribute('transform', `translate(${moved},0)`);
    writeInverse(scaled ? 1 / m.s : null);
    if (scaled) {
      if (!layer.hasAttribute('data-scaled')) layer.setAttribute('data-scaled', '');
    } else if (layer.hasAttribute('data-scaled')) layer.removeAttribute('data-scaled');
    for (const listener of moveListeners) listener();
  }

  function covered(): boolean {
    if (!drawn) return true;
    const [a, b] = daysShown(drawn.base, drawn.width, live);
    return a >= drawn.from && b <= drawn.to;
  }

  return {
    get live() {
      return live;
    },
    show(t) {
      live = t;
      apply();
      return covered();
    },
    drawn(d) {
      drawn = d;
      apply();
    },
    setLayer(el) {
      layer = el;
      apply();
    },
    setMover(el) {
      if (mover && mover !== el) {
        mover.style.transform = '';
        mover.style.willChange = '';
      }
      mover = el;
      apply();
    },
    setSvg(el) {
      svg = el;
      apply();
    },
  };
}
