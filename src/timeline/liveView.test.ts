/** The gesture's transform: the drawing made at one zoom, moved to show another, lands where drawing at it would. */
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../domain';
import { baseScale, zoomedScale } from './geometry';
import { createLiveView, daysShown, layerTransform } from './liveView';

const width = 1000;
const base = baseScale({ start: dayNumber('2022-01-01'), end: dayNumber('2026-12-31') }, width);
const days = [dayNumber('2022-03-01'), dayNumber('2024-02-29'), dayNumber('2026-11-28')];

/** A fake SVG element: enough of one for the live view to write on. */
function element() {
  const attrs = new Map<string, string>();
  const style = new Map<string, string>();
  return {
    attrs,
    style,
    dataset: {} as Record<string, string>,
    setAttribute: (k: string, v: string) => void attrs.set(k, v),
    removeAttribute: (k: string) => void attrs.delete(k),
    hasAttribute: (k: string) => attrs.has(k),
    getAttribute: (k: string) => attrs.get(k) ?? null,
    styleObject: {
      setProperty: (k: string, v: string) => void style.set(k, v),
      removeProperty: (k: string) => void style.delete(k),
    },
  };
}
function layer() {
  const el = element();
  return Object.assign(el, { style: el.styleObject, styles: el.style });
}

describe('the layer transform of a gesture', () => {
  const cases = [
    { rendered: { k: 1, x: 0 }, live: { k: 2.3, x: -700 } },
    { rendered: { k: 4, x: -1500 }, live: { k: 4, x: -1380 } },
    { rendered: { k: 3, x: -900 }, live: { k: 1.2, x: -50 } },
  ];
  for (const { rendered, live } of cases)
    it(`maps a drawing at k ${rendered.k} onto k ${live.k}, x ${live.x} exactly`, () => {
      const m = layerTransform(rendered, live)!;
      const drawnAt = zoomedScale(base, rendered, width);
      const wanted = zoomedScale(base, live, width);
      for (const d of days) expect(drawnAt(d) * m.s + m.tx).toBeCloseTo(wanted(d), 6);
    });

  it('is none when the drawing is at the live zoom', () => {
    expect(layerTransform({ k: 2, x: -10 }, { k: 2, x: -10 })).toBeNull();
  });

  it('shows the days at the edges of the view', () => {
    const t = { k: 2, x: -500 };
    const [a, b] = daysShown(base, width, t);
    const x = zoomedScale(base, t, width);
    expect(x(a)).toBeCloseTo(0, 6);
    expect(x(b)).toBeCloseTo(width, 6);
  });
});

describe('the live view', () => {
  it('writes the transform on the layer, keeps text its size while scaled, and says when it leaves the drawing', () => {
    const inverses: (number | null)[] = [];
    const view = createLiveView({ k: 1, x: 0 }, (i) => inverses.push(i));
    const g = layer();
    const svg = element();
    view.setLayer(g as unknown as SVGGElement);
    view.setSvg(svg as unknown as SVGSVGElement);
    const drawnAt = { k: 2, x: -800 };
    const x = zoomedScale(base, drawnAt, width);
    view.drawn({ zoom: drawnAt, base, width, from: x.invert(-100), to: x.invert(width + 40) });
    // The live zoom was still { 1, 0 }: the drawing at k 2 is shown at k 1 until the store catches up.
    expect(g.getAttribute('transform')).toBe('translate(400,0) scale(0.5,1)');
    expect(g.hasAttribute('data-scaled')).toBe(true);
    expect(inverses.at(-1)).toBe(2);

    // A pan inside the drawn days: a translation only, no scaling left.
    expect(view.show({ k: 2, x: -830 })).toBe(true);
    expect(g.getAttribute('transform')).toBe('translate(-30,0)');
    expect(g.hasAttribute('data-scaled')).toBe(false);
    expect(inverses.at(-1)).toBeNull();
    expect(svg.dataset).toEqual({ liveK: '2.000', liveX: '-830.0' });

    // 41 px to the left reveals what is past the drawing's right end (40 px): it must be drawn again.
    expect(view.show({ k: 2, x: -841 })).toBe(false);
    // 99 px to the right is inside the left margin of 100; zooming out past it is not.
    expect(view.show({ k: 2, x: -701 })).toBe(true);
    expect(view.show({ k: 1.5, x: -500 })).toBe(false);

    // Drawn at the live zoom: the layer is back to no transform.
    view.drawn({ zoom: view.live, base, width, from: 0, to: 1 });
    expect(g.hasAttribute('transform')).toBe(false);
    expect(g.hasAttribute('data-scaled')).toBe(false);
  });
});

describe('the live view with the HTML box the drawing sits in', () => {
  /** The box, the layer, the inverse scales written and the sharpenings waiting for a pause. */
  function boxed(at: { k: number; x: number }) {
    const inverses: (number | null)[] = [];
    const waiting: { task: () => void; cancelled: boolean }[] = [];
    const view = createLiveView(
      at,
      (i) => inverses.push(i),
      (task) => {
        const w = { task, cancelled: false };
        waiting.push(w);
        return () => void (w.cancelled = true);
      },
    );
    const g = layer();
    const mover = { style: { transform: '' } };
    view.setLayer(g as unknown as SVGGElement);
    view.setMover(mover as unknown as HTMLElement);
    const x = zoomedScale(base, at, width);
    view.drawn({ zoom: at, base, width, from: x.invert(-500), to: x.invert(width + 500) });
    const pause = () => {
      const live = waiting.filter((w) => !w.cancelled);
      expect(live.length, 'one sharpening waits').toBe(1);
      live[0].cancelled = true;
      live[0].task();
    };
    return { view, g, mover, inverses, waiting, pause };
  }

  it('pans by moving the box: no repaint, nothing to sharpen', () => {
    const { view, g, mover, waiting } = boxed({ k: 2, x: -800 });
    expect(mover.style.transform).toBe('');
    view.show({ k: 2, x: -830 });
    expect(mover.style.transform).toBe('translate(-30px,0)');
    expect(g.hasAttribute('transform')).toBe(false);
    expect(waiting.filter((w) => !w.cancelled)).toHaveLength(0);
  });

  it('stretches the box at each zoom step, and draws the layer crisp at that zoom when the steps pause', () => {
    const { view, g, mover, inverses, waiting, pause } = boxed({ k: 2, x: -800 });
    // A zoom step: the box is stretched (the browser stretches the pixels it has); the SVG is not touched.
    view.show({ k: 3, x: -1300 });
    expect(mover.style.transform).toBe('translate(-100px,0) scale(1.5,1)');
    expect(g.hasAttribute('transform')).toBe(false);
    expect(g.hasAttribute('data-scaled')).toBe(false);
    // Another step before the pause puts the sharpening off: the first one is cancelled.
    view.show({ k: 4, x: -1800 });
    expect(mover.style.transform).toBe('translate(-200px,0) scale(2,1)');
    expect(waiting.map((w) => w.cancelled)).toEqual([true, false]);

    // The pause: the layer takes the zoom (text scaled back by 1 / 2), the box no stretch.
    pause();
    expect(g.getAttribute('transform')).toBe('translate(-200,0) scale(2,1)');
    expect(g.hasAttribute('data-scaled')).toBe(true);
    expect(inverses.at(-1)).toBe(0.5);
    expect(mover.style.transform).toBe('');

    // A pan after it moves the box again; a further zoom stretches the box by what the layer lacks.
    view.show({ k: 4, x: -1760 });
    expect(mover.style.transform).toBe('translate(40px,0)');
    expect(g.getAttribute('transform')).toBe('translate(-200,0) scale(2,1)');
    view.show({ k: 6, x: -2800 });
    // The whole map is x · 3 − 400; the layer does x · 2 − 200; the box the rest: · 1.5, − 400 + 200 · 1.5.
    expect(mover.style.transform).toBe('translate(-100px,0) scale(1.5,1)');
    pause();
    expect(g.getAttribute('transform')).toBe('translate(-400,0) scale(3,1)');
    expect(mover.style.transform).toBe('');

    // Back at the drawn zoom: the pause takes the layer's scale off again.
    view.show({ k: 2, x: -770 });
    expect(mover.style.transform).toBe('translate(163.333px,0) scale(0.333333,1)');
    pause();
    expect(g.hasAttribute('transform')).toBe(false);
    expect(g.hasAttribute('data-scaled')).toBe(false);
    expect(inverses.at(-1)).toBeNull();
    expect(mover.style.transform).toBe('translate(30px,0)');
  });

  it('leaves nothing behind when the chart is drawn at the live zoom, nor sharpens after it', () => {
    const { view, g, mover, waiting, pause } = boxed({ k: 2, x: -800 });
    view.show({ k: 3, x: -1300 });
    pause();
    view.show({ k: 4, x: -1800 });
    view.drawn({ zoom: view.live, base, width, from: 0, to: 1 });
    expect(g.hasAttribute('transform')).toBe(false);
    expect(g.hasAttribute('data-scaled')).toBe(false);
    expect(mover.style.transform).toBe('');
    expect(waiting.every((w) => w.cancelled)).toBe(true);
  });
});
