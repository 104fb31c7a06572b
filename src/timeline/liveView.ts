/**
 * The view during a zoom or pan gesture (issue #11): each wheel step or mouse move moves the
 * drawn chart by one transform, without React; the chart is drawn again (labels fitted, items
 * culled, ticks chosen) when the gesture ends, or sooner when the gesture reaches past what was
 * drawn.
 *
 * `rendered` is the zoom the chart was last drawn with; `live` the zoom d3-zoom is at. The view
 * maps the one onto the other: x_live = (x_rendered − R.x) · s + L.x with s = L.k / R.k.
 *
 * Two transforms share that map:
 * - the HTML box the drawing sits in (`mover`, a composited layer of its own: `will-change:
 *   transform`) takes every step at once, a pan as a translation and a zoom as a horizontal
 *   stretch. The browser moves and stretches the pixels it has: nothing is painted again, so a
 *   step costs about a millisecond whatever the chart holds. A stretch widens text too;
 * - so when the steps pause (`SHARPEN_AFTER_MS`: a wheel notch looked at, fingers held still in a
 *   pinch), the SVG layer is drawn at the live zoom (`sharpen`): stretched by an SVG transform, with
 *   text and symbols scaled back by 1 / s, so that they keep their size and are crisp, and the
 *   box's stretch goes back to none. That repaints the chart once (what every zoom step cost
 *   before), while nobody is waiting for a step. A steady stream of steps (a pinch, a fast wheel)
 *   is stretched by the box until it pauses or ends.
 * While the SVG layer is scaled it carries `data-scaled`; its 1 / s is written in a style sheet of
 * its own (`inverseSheet`), not on the layer: a property inherited by the layer would restyle
 * every element under it (10,000 bars), a rule restyles only the text and symbols.
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

/** Runs `task` once the gesture has paused (no step for `SHARPEN_AFTER_MS`); returns a cancel. */
export type PauseScheduler = (task: () => void) => () => void;

/** A pause this long between steps (a wheel notch looked at, fingers held still) sharpens the text. */
const SHARPEN_AFTER_MS = 50;

const afterPause: PauseScheduler = (task) => {
  const id = setTimeout(task, SHARPEN_AFTER_MS);
  return () => clearTimeout(id);
};

type LayerMap = { s: number; tx: number };
const NONE: LayerMap = { s: 1, tx: 0 };

/** Short numbers for the style, exact to well under a pixel (a scale is applied to x up to a few thousand px). */
const short = (n: number, digits: number) => Number(n.toFixed(digits));

export function createLiveView(
  initial: ZoomTransform,
  writeInverse: InverseWriter = (pageInverse ??= inverseSheet()),
  later: PauseScheduler = afterPause,
): LiveView {
  let live = initial;
  let drawn: Drawn | null = null;
  let layer: SVGGElement | null = null;
  let mover: HTMLElement | null = null;
  let svg: SVGSVGElement | null = null;
  /** The SVG layer's own transform (the zoom its text is drawn crisp at); the box stretches the rest. */
  let sharp: LayerMap = NONE;
  let cancelSharpen: (() => void) | null = null;

  /** The whole map from the drawing to the live view (identity: none). */
  function wanted(): LayerMap {
    return (drawn && layerTransform(drawn.zoom, live)) ?? NONE;
  }

  function writeLayer(m: LayerMap) {
    if (!layer) return;
    const scaled = Math.abs(m.s - 1) > 1e-9;
    if (scaled) layer.setAttribute('transform', `translate(${m.tx},0) scale(${m.s},1)`);
    else if (m.tx) layer.setAttribute('transform', `translate(${m.tx},0)`);
    else if (layer.hasAttribute('transform')) layer.removeAttribute('transform');
    writeInverse(scaled ? 1 / m.s : null);
    if (scaled) {
      if (!layer.hasAttribute('data-scaled')) layer.setAttribute('data-scaled', '');
    } else if (layer.hasAttribute('data-scaled')) layer.removeAttribute('data-scaled');
  }

  function apply() {
    if (svg) {
      svg.dataset.liveK = live.k.toFixed(3);
      svg.dataset.liveX = live.x.toFixed(1);
    }
    if (!layer || !drawn) return;
    const m = wanted();
    if (!mover) {
      // Without a box (an SVG of its own): every step is an SVG transform, drawn crisp at once.
      writeLayer(m);
    } else {
      // The box takes what the layer's own transform does not: x = x_layer · r + (tx − sharp.tx · r).
      const r = m.s / sharp.s;
      const off = short(m.tx - sharp.tx * r, 3);
      const stretched = Math.abs(r - 1) > 1e-9;
      mover.style.transform = stretched
        ? `translate(${off}px,0) scale(${short(r, 6)},1)`
        : off
          ? `translate(${off}px,0)`
          : '';
      // Each step puts the sharpening off again: a stream of steps is stretched until it pauses.
      cancelSharpen?.();
      cancelSharpen = stretched ? later(sharpen) : null;
    }
    for (const listener of moveListeners) listener();
  }

  /** The SVG layer drawn at the live zoom (crisp text), the box's stretch gone. */
  function sharpen() {
    cancelSharpen = null;
    const m = wanted();
    // A pan is the box's alone (no repaint): only the scale goes onto the layer.
    sharp = Math.abs(m.s - 1) > 1e-9 ? m : NONE;
    writeLayer(sharp);
    apply();
  }

  /** A new drawing (or no box): the layer starts again with no transform of its own. */
  function reset() {
    cancelSharpen?.();
    cancelSharpen = null;
    sharp = NONE;
    if (mover) writeLayer(NONE);
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
      reset();
      apply();
    },
    setLayer(el) {
      layer = el;
      reset();
      apply();
    },
    setMover(el) {
      if (mover && mover !== el) mover.style.transform = '';
      mover = el;
      reset();
      apply();
    },
    setSvg(el) {
      svg = el;
      apply();
    },
  };
}
